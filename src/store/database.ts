import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection, type DuckDBResult, type DuckDBValue } from '@duckdb/node-api';
import { CommuniqueError } from '../model/index.js';
import { INDEXES, MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { RowSource, type Columns } from './rows.js';

export interface OpenOptions {
  /** Open for reading only: several readers may share a file no writer holds. */
  readOnly?: boolean;
  /** Refuse a file that does not exist yet instead of creating it (readers want this). */
  mustExist?: boolean;
}

export type Row = Record<string, unknown>;

/** Connections `read` may hold at once besides the main one: the dashboard asks three questions at a time. */
const READERS = 3;

/** A statement's rows, on one connection, as plain objects. */
async function rowsOn(connection: DuckDBConnection, sql: string, params?: DuckDBValue[]): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJS() as Row[];
}

/** Turns DuckDB's messages into one line a user can act on, naming the file. */
export function storeError(path: string, e: unknown, doing: string): CommuniqueError {
  if (e instanceof CommuniqueError) return e;
  const message = (e as Error)?.message ?? String(e);
  if (/Could not set lock on file/.test(message)) {
    const pid = /\(PID (\d+)\)/.exec(message)?.[1];
    const who = pid ? `process ${pid}` : 'another process';
    return new CommuniqueError('E_LOCKED', `the database is in use by ${who}; close it there first (DuckDB allows one writer)`, { file: path }, { cause: e });
  }
  if (/not a valid DuckDB database file/.test(message)) {
    return new CommuniqueError('E_STORE', 'not a communique database (not a DuckDB file)', { file: path }, { cause: e });
  }
  if (/No space left on device|disk is full|Could not write|Could not truncate|Read-only file system|Permission denied/i.test(message)) {
    return new CommuniqueError('E_STORE_WRITE', `cannot write while ${doing}: ${message.replace(/^[A-Za-z ]+Error: /, '')}; the database keeps its last complete batch`, { file: path }, { cause: e });
  }
  return new CommuniqueError('E_STORE', `${doing} failed: ${message.replace(/^[A-Za-z ]+Error: /, '')}`, { file: path }, { cause: e });
}

/**
 * An open database file: a DuckDB instance and its connection, with the schema brought up to date.
 * Everything in src/store goes through this; nothing else in communique talks to DuckDB. Writes,
 * transactions and the RowSource take the main connection; `read` lends a few others for queries.
 */
export class Database {
  /** Rows from JS that statements read as a relation (see RowSource). */
  readonly rows: RowSource;
  private readonly tableColumns = new Map<string, Columns>();
  private threadsToRestore: number | undefined;
  /** Connections for `read`, idle ones first; made when first needed. */
  private readonly readers: DuckDBConnection[] = [];
  private readonly idleReaders: DuckDBConnection[] = [];
  private readersMade = 0;
  private readonly waitingForReader: ((c: DuckDBConnection) => void)[] = [];

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    readonly readOnly: boolean,
  ) {
    this.rows = new RowSource(connection);
  }

  /** Opens (creating it unless read-only) and migrates; refuses a newer schema or a locked file. */
  static async open(path: string, options: OpenOptions = {}): Promise<Database> {
    const readOnly = options.readOnly === true;
    if ((readOnly || options.mustExist) && !existsSync(path)) {
      throw new CommuniqueError('E_STORE', 'no such database (ingest documents into it first: communique ingest FILES --db FILE)', { file: path });
    }
    // A new file takes DuckDB 1.5's storage format, not the default one older versions still read: the
    // checkpoint that folds each run's writes into the file costs a third less, and the file is smaller.
    const format: Record<string, string> = existsSync(path) ? {} : { storage_compatibility_version: 'v1.5.0' };
    const config: Record<string, string> = readOnly ? { access_mode: 'READ_ONLY' } : format;
    // A write-ahead log left beside the file: the last writer did not close it (it was killed).
    const recovering = !readOnly && existsSync(`${path}.wal`);
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, config);
    } catch (e) {
      throw storeError(path, e, 'opening the database');
    }
    const db = new Database(path, instance, await instance.connect(), readOnly);
    try {
      await db.migrate();
      if (recovering) await db.rebuildIndexes();
    } catch (e) {
      db.close();
      throw storeError(path, e, 'opening the database');
    }
    return db;
  }

  private async version(): Promise<number> {
    const tables = (await this.all(`SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary`))
      .map((r) => r.table_name as string);
    if (!tables.includes('meta')) {
      if (tables.length > 0) throw new CommuniqueError('E_STORE', `not a communique database: a DuckDB file with other tables (${tables.slice(0, 3).join(', ')})`, { file: this.path });
      return 0;
    }
    const rows = await this.all(`SELECT value FROM meta WHERE key = 'schema_version'`);
    return rows.length ? Number(rows[0]!.value) : 0;
  }

  private async migrate(): Promise<void> {
    const version = await this.version();
    if (version > SCHEMA_VERSION) {
      throw new CommuniqueError('E_SCHEMA', `the database has schema version ${version}, newer than this communique's ${SCHEMA_VERSION}: upgrade communique to read it`, { file: this.path });
    }
    if (version === SCHEMA_VERSION) return;
    if (this.readOnly) {
      throw new CommuniqueError('E_SCHEMA', `the database has schema version ${version} and needs migrating to ${SCHEMA_VERSION}: open it once for writing (communique ingest)`, { file: this.path });
    }
    await this.transaction('migrating the schema', async () => {
      for (const m of MIGRATIONS) {
        if (m.version <= version) continue;
        for (const sql of m.statements) await this.run(sql);
      }
      await this.setMeta('schema_version', String(SCHEMA_VERSION));
    });
  }

  /**
   * Makes the secondary indexes again from the tables. DuckDB 1.5 replays a write-ahead log left by
   * a killed writer, but a checkpoint before any other write (closing after a command that only read)
   * drops the replayed rows from those indexes: the rows stay, look-ups by event or document miss
   * them. Not in a transaction: DuckDB aborts on dropping an index in one after a replay. Killed half
   * way, the log is there again at the next open, and so is this.
   */
  private async rebuildIndexes(): Promise<void> {
    for (const { name, create } of INDEXES) {
      await this.run(`DROP INDEX IF EXISTS ${name}`);
      await this.run(create);
    }
  }

  async getMeta(key: string): Promise<string | undefined> {
    const rows = await this.all(`SELECT value FROM meta WHERE key = ?`, [key]);
    return rows[0]?.value as string | undefined;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.run(`INSERT OR REPLACE INTO meta VALUES (?, ?)`, [key, value]);
  }

  /** A table's column names and types, in order. */
  async columnsOf(table: string): Promise<Columns> {
    let columns = this.tableColumns.get(table);
    if (!columns) {
      await this.restoreThreads();
      const result = await this.connection.run(`SELECT * FROM ${table} LIMIT 0`);
      const types = result.columnTypes();
      columns = Object.fromEntries(result.columnNames().map((name, i) => [name, types[i]!]));
      this.tableColumns.set(table, columns);
    }
    return columns;
  }

  async run(sql: string, params?: DuckDBValue[]): Promise<void> {
    await this.restoreThreads();
    await this.connection.run(sql, params);
  }

  /**
   * Rows as plain objects, from the main connection (inside `transaction`, its writes included); cast
   * counts to INTEGER in SQL so they come back as numbers. Queries that only read use `read`.
   */
  async all(sql: string, params?: DuckDBValue[]): Promise<Row[]> {
    await this.restoreThreads();
    return rowsOn(this.connection, sql, params);
  }

  /**
   * Rows of a statement that only reads, on a connection of its own: the API's questions run side by
   * side rather than one after another on the main connection. It sees committed data only, never a
   * transaction in progress, so nothing run inside `transaction` (or needing its writes) may use it.
   */
  async read(sql: string, params?: DuckDBValue[]): Promise<Row[]> {
    await this.restoreThreads();
    const connection = await this.reader();
    try {
      return await rowsOn(connection, sql, params);
    } finally {
      const next = this.waitingForReader.shift();
      if (next) next(connection);
      else this.idleReaders.push(connection);
    }
  }

  /** An idle reading connection, a new one while there are fewer than READERS, or the next one freed. */
  private async reader(): Promise<DuckDBConnection> {
    const idle = this.idleReaders.pop();
    if (idle) return idle;
    if (this.readersMade < READERS) {
      this.readersMade++; // before the await, so that no more than READERS are made
      const connection = await this.instance.connect().catch((e: unknown) => {
        this.readersMade--;
        throw e;
      });
      this.readers.push(connection);
      return connection;
    }
    return new Promise((resolve) => this.waitingForReader.push(resolve));
  }

  /**
   * Runs `work` with DuckDB on one thread. The `threads` setting comes back before the statement
   * after `work`, not at its end: a change of setting hands the memory the writes freed back to the
   * system (~30 ms after a thousand documents), which a store closed right after never needs.
   */
  async singleThreaded<T>(work: () => Promise<T>): Promise<T> {
    const before = this.threadsToRestore ?? (await this.all(`SELECT current_setting('threads')::INTEGER AS n`))[0]!.n as number;
    this.threadsToRestore = undefined;
    await this.run('SET threads = 1');
    try {
      return await work();
    } finally {
      this.threadsToRestore = before;
    }
  }

  /** Puts back the `threads` setting a finished singleThreaded took away. */
  private async restoreThreads(): Promise<void> {
    if (this.threadsToRestore === undefined) return;
    const n = this.threadsToRestore;
    this.threadsToRestore = undefined;
    await this.connection.run(`SET threads = ${n}`);
  }

  /** A result read a chunk at a time, for more rows than memory should hold at once. */
  async stream(sql: string): Promise<DuckDBResult> {
    await this.restoreThreads();
    return this.connection.stream(sql);
  }

  /** Runs `work` in one transaction: all of it is stored, or (on any error) none of it. */
  async transaction<T>(doing: string, work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.run('COMMIT');
      return result;
    } catch (e) {
      await this.run('ROLLBACK').catch(() => undefined); // nothing to undo when COMMIT itself failed
      throw storeError(this.path, e, doing);
    }
  }

  close(): void {
    for (const reader of this.readers) reader.closeSync();
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
