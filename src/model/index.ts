export * from './document.js';
export * from './span.js';
export * from './diagnostic.js';
export * from './errors.js';
export * from './sentence.js';
export * from './actor.js';
export * from './event.js';
