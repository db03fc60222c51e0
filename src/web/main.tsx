import { render } from 'preact';
import { App } from './app.js';
import { interceptLinks } from './route.js';
import './style.css';

const root = document.getElementById('app')!;
interceptLinks(document.body);
render(<App />, root);
