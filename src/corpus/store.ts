// The corpus store: every article's extraction in one SQLite file (OUT/corpus.sqlite), keyed by
// the article's content hash and the extractor's version, so a build extracts only new or
// changed articles. `articles.extraction` holds the extraction as JSON (whatever an extraction
// carries) but for its mentions, which with the article's sentences are rows of their own tables:
// a long article's 300,000 mentions and 80,000 sentences written as one JSON text were held as
// that text, its UTF-8 copy and SQLite's copy at once (150 MB of a 30 MB article's build). The
// other tables spell the extraction out for any SQLite tool. `digests` holds what the graph reads of
// each article (graph/digest.ts) as one JSON text: a warm build reads those alone, not the
// extraction and a row per mention. `surnames` keeps the merge's decisions on bare names, so a build
// that adds a few articles decides again only the names they touch (graph/merge-surnames.ts).
// docs/scale.md documents the tables.
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { KgError } from '../errors';
import type { Extraction, Mention, Sentence } from '../extract/types';
import { digestOf, type ArticleDigest } from '../graph/digest';
import { touch, type SurnameDecisions, type SurnameTies } from '../graph/merge-surnames';
import type { EntityKind } from '../types';
import type { ExtractedArticle } from './extracted';
import { digestVersion, mergeVersion } from './extractor-version';

const SCHEMA_VERSION = '2';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, path TEXT NOT NULL, hash TEXT NOT NULL, extractor TEXT NOT NULL,
  title TEXT NOT NULL, words INTEGER NOT NULL, extraction TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "index" INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (article, "index")) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entities (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,
  label TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL, mentions INTEGER NOT NULL, rule TEXT NOT NULL,
  PRIMARY KEY (article, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mentions (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, entity TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, sentence INTEGER NOT NULL,
  title TEXT, role_of TEXT);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);
CREATE TABLE IF NOT EXISTS relations (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, relation_index INTEGER NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL, relation TEXT NOT NULL, role TEXT, status TEXT, rule TEXT NOT NULL,
  PRIMARY KEY (article, relation_index)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS evidence (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, relation_index INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence TEXT NOT NULL, date TEXT);
CREATE INDEX IF NOT EXISTS evidence_article ON evidence(article);
CREATE TABLE IF NOT EXISTS digests (
  article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, version TEXT NOT NULL, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS positions (node TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS surnames (name TEXT PRIMARY KEY, candidates TEXT NOT NULL, ties TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY, stamp TEXT NOT NULL, article TEXT NOT NULL, hash TEXT NOT NULL, dated_hash TEXT) WITHOUT ROWID;
`;

export interface StoredArticle {
  id: string;
  /** The file, or FILE:LINE for a record of a file of many. */
  path: string;
  /** The content's key (collect.ts: SHA-256 of the text and the input's fields, or of the saved page). */
  hash: string;
  title: string;
  words: number;
}

/** A file of one article as a build read it: its stamp (file-stamp.ts), its article and content hashes. */
export interface KnownFile {
  /** Absolute, so that the same file named another way is known. */
  path: string;
  stamp: string;
  id: string;
  hash: string;
  /** The hash with the file's date, for an article whose date needs it (collect.ts). */
  datedHash?: string;
}

/**
 * One build's view of the store. Everything a build changes is one transaction, committed once
 * the build's files are written (`commit`), or rolled back (`abandon`): like every output, the
 * store is updated whole or not at all, and a store this build created is removed again.
 */
export class CorpusStore {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly created: boolean;
  /** The merge's decisions on bare names as the last build left them, if they are of this code and these articles. */
  private readonly surnames: { decisions: SurnameDecisions; rows: Map<string, [candidates: string, ties: string]> } | undefined;
  /** `kind\0name` of the entities of the articles this build added, replaced or removed. */
  private readonly touched = new Set<string>();

  /** Opens (or creates) the store; throws KgError naming the file when it is not one. */
  constructor(readonly path: string) {
    this.created = !existsSync(path);
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.exec(SCHEMA);
    } catch (error) {
      throw new KgError('STORE_INVALID', `${path}: not a corpus store (${(error as Error).message})`, path);
    }
    const schema = this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('schema') as string | undefined;
    if (schema !== undefined && schema !== SCHEMA_VERSION) {
      throw new KgError('STORE_INVALID', `${path}: corpus store of schema ${schema}, this kg writes schema ${SCHEMA_VERSION}; delete it to rebuild`, path);
    }
    this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('schema', SCHEMA_VERSION);
    this.statements = {
      find: this.db.prepare<[string], { hash: string; extractor: string }>('SELECT hash, extractor FROM articles WHERE id = ?'),
      extraction: this.db.prepare<[string], string>('SELECT extraction FROM articles WHERE id = ?').pluck(),
      extractionSize: this.db.prepare<[string], number>('SELECT length(extraction) FROM articles WHERE id = ?').pluck(),
      // Rows as arrays: a corpus has millions of mentions, and an object per row made only to be copied costs.
      mentions: this.db.prepare<[string], MentionRow>('SELECT entity, start, "end", text, sentence, title, role_of FROM mentions WHERE article = ? ORDER BY rowid').raw(),
      sentences: this.db.prepare<[string], Sentence>('SELECT "index", text, start, "end" FROM sentences WHERE article = ? ORDER BY "index"'),
      digest: this.db.prepare<[string], { version: string; digest: string }>('SELECT version, digest FROM digests WHERE article = ?'),
      putDigest: this.db.prepare('INSERT OR REPLACE INTO digests (article, version, digest) VALUES (?, ?, ?)'),
      ids: this.db.prepare<[], string>('SELECT id FROM articles').pluck(),
      remove: this.db.prepare('DELETE FROM articles WHERE id = ?'),
      article: this.db.prepare('INSERT INTO articles (id, path, hash, extractor, title, words, extraction) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      sentence: this.db.prepare('INSERT INTO sentences (article, "index", start, "end", text) VALUES (?, ?, ?, ?, ?)'),
      entity: this.db.prepare('INSERT INTO entities (article, id, label, kind, aliases, mentions, rule) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      mention: this.db.prepare('INSERT INTO mentions (article, entity, start, "end", text, sentence, title, role_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      relation: this.db.prepare('INSERT INTO relations (article, relation_index, source, target, relation, role, status, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      evidence: this.db.prepare('INSERT INTO evidence (article, relation_index, start, "end", sentence, date) VALUES (?, ?, ?, ?, ?, ?)'),
      positions: this.db.prepare<[], { node: string; x: number; y: number }>('SELECT node, x, y FROM positions'),
      files: this.db.prepare<[], { path: string; stamp: string; article: string; hash: string; dated_hash: string | null }>('SELECT path, stamp, article, hash, dated_hash FROM files'),
      file: this.db.prepare('INSERT OR REPLACE INTO files (path, stamp, article, hash, dated_hash) VALUES (?, ?, ?, ?, ?)'),
      dropFile: this.db.prepare('DELETE FROM files WHERE path = ?'),
      dropPosition: this.db.prepare('DELETE FROM positions WHERE node = ?'),
      position: this.db.prepare('INSERT OR REPLACE INTO positions (node, x, y) VALUES (?, ?, ?)'),
      entityNames: this.db.prepare<[string], [label: string, kind: EntityKind]>('SELECT label, kind FROM entities WHERE article = ?').raw(),
      surnames: this.db.prepare<[], [name: string, candidates: string, ties: string]>('SELECT name, candidates, ties FROM surnames').raw(),
      surname: this.db.prepare('INSERT OR REPLACE INTO surnames (name, candidates, ties) VALUES (?, ?, ?)'),
      dropSurname: this.db.prepare('DELETE FROM surnames WHERE name = ?'),
      articleKeys: this.db.prepare<[], [id: string, hash: string, extractor: string]>('SELECT id, hash, extractor FROM articles ORDER BY id').raw(),
      meta: this.db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck(),
      setMeta: this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
    };
    this.surnames = this.readSurnames();
    this.db.exec('BEGIN');
  }

  /**
   * The decisions the last build kept, when they are this merge code's and of the articles the
   * store holds: a store an earlier kg changed without them has other articles, and they are left.
   */
  private readSurnames(): CorpusStore['surnames'] {
    const meta = this.statements.meta.get(SURNAMES_META);
    if (meta === undefined) return undefined;
    const { version, articles, decided } = JSON.parse(meta) as SurnamesMeta;
    if (version !== mergeVersion() || articles !== this.articlesKey()) return undefined;
    const rows = new Map<string, [string, string]>();
    const names = new Map<string, SurnameTies>();
    for (const [name, candidates, ties] of this.statements.surnames.all()) {
      rows.set(name, [candidates, ties]);
      names.set(name, { candidates: JSON.parse(candidates) as string[], ties: JSON.parse(ties) as SurnameTies['ties'] });
    }
    return { decisions: { decided, names }, rows };
  }

  /** A hash of which articles the store holds, as which content and extractor. */
  private articlesKey(): string {
    const hash = createHash('sha256');
    for (const [id, content, extractor] of this.statements.articleKeys.iterate()) hash.update(`${id}\u0000${content}\u0000${extractor}\u0000`);
    return hash.digest('hex');
  }

  /** The merge's decisions on bare names as the last build left them, for this build's merge to keep what stands. */
  surnameDecisions(): SurnameDecisions | undefined {
    return this.surnames?.decisions;
  }

  /** `kind\0name` (as the merge groups them) of every entity of the articles added, replaced or removed so far, when decisions are kept. */
  touchedNames(): ReadonlySet<string> {
    return this.touched;
  }

  /** Keeps this build's decisions on bare names, writing only those that changed. */
  saveSurnameDecisions(decisions: SurnameDecisions): void {
    const rows = this.surnames?.rows ?? new Map<string, [string, string]>();
    if (this.surnames === undefined) this.db.exec('DELETE FROM surnames');
    for (const [name, { candidates, ties }] of decisions.names) {
      const row: [string, string] = [JSON.stringify(candidates), JSON.stringify(ties)];
      const was = rows.get(name);
      if (was === undefined || was[0] !== row[0] || was[1] !== row[1]) this.statements.surname.run(name, ...row);
    }
    for (const name of rows.keys()) if (!decisions.names.has(name)) this.statements.dropSurname.run(name);
    const meta: SurnamesMeta = { version: mergeVersion(), articles: this.articlesKey(), decided: decisions.decided };
    this.statements.setMeta.run(SURNAMES_META, JSON.stringify(meta));
  }

  /** Notes the names of an article's entities as touched (see SurnameMemo); with no decisions kept, none is asked. */
  private touch(entities: () => Iterable<readonly [label: string, kind: EntityKind]>): void {
    if (this.surnames === undefined) return;
    for (const [label, kind] of entities()) touch(this.touched, label, kind);
  }

  commit(): void {
    this.db.exec('COMMIT');
    this.db.close();
  }

  abandon(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.close();
    if (this.created) for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.path}${suffix}`, { force: true });
  }

  /** True when the store holds this article's extraction for this content (its hash) by this extractor. */
  has(id: string, hash: string, extractor: string): boolean {
    const row = this.statements.find.get(id);
    return row !== undefined && row.hash === hash && row.extractor === extractor;
  }

  /** The stored extraction and sentences, as put; throws when the article is not stored. */
  extracted(id: string): ExtractedArticle {
    const json = this.statements.extraction.get(id);
    if (json === undefined) throw new KgError('STORE_INVALID', `${this.path}: article "${id}" is not stored`, this.path);
    const extraction = JSON.parse(json) as Extraction;
    // The JSON keeps an empty list in the mentions' place, so the extraction's fields keep their order.
    if (extraction.mentions !== undefined) extraction.mentions = this.statements.mentions.all(id).map(mentionOf);
    return { extraction, sentences: this.statements.sentences.all(id) };
  }

  /**
   * What the graph reads of the stored article (graph/digest.ts). A store written before digests
   * were kept, or by another digest's code, has it made again from the extraction, and kept (but
   * for a long article's: MOST_DIGESTED_CHARS).
   */
  digest(id: string): ArticleDigest {
    const row = this.statements.digest.get(id);
    if (row !== undefined && row.version === digestVersion()) return JSON.parse(row.digest) as ArticleDigest;
    const { extraction, sentences } = this.extracted(id);
    const digest = digestOf(extraction, sentences);
    if ((this.statements.extractionSize.get(id) ?? 0) <= MOST_DIGESTED_CHARS) this.putDigest(digest);
    return digest;
  }

  private putDigest(digest: ArticleDigest): void {
    this.statements.putDigest.run(digest.article, digestVersion(), JSON.stringify(digest));
  }

  ids(): string[] {
    return this.statements.ids.all();
  }

  /** Drops the articles and everything extracted from them. */
  remove(ids: readonly string[]): void {
    for (const id of ids) {
      this.touch(() => this.statements.entityNames.all(id));
      this.statements.remove.run(id);
    }
  }

  /** The last build's layout, by node key. */
  positions(): Map<string, { x: number; y: number }> {
    return new Map(this.statements.positions.all().map((p) => [p.node, { x: p.x, y: p.y }]));
  }

  /**
   * Saves the layout, writing only what changed since `stored` (the positions this build read):
   * the nodes new or moved, and the nodes gone dropped.
   */
  savePositions(positions: Iterable<[string, number, number]>, stored: ReadonlyMap<string, { x: number; y: number }>): void {
    const kept = new Set<string>();
    for (const [node, x, y] of positions) {
      kept.add(node);
      const was = stored.get(node);
      if (was === undefined || was.x !== x || was.y !== y) this.statements.position.run(node, x, y);
    }
    for (const node of stored.keys()) if (!kept.has(node)) this.statements.dropPosition.run(node);
  }

  /** The files of one article as the builds last read them, by path. */
  files(): Map<string, KnownFile> {
    return new Map(
      this.statements.files.all().map((f) => [f.path, { path: f.path, stamp: f.stamp, id: f.article, hash: f.hash, ...(f.dated_hash === null ? {} : { datedHash: f.dated_hash }) }]),
    );
  }

  /** Keeps the files read in this build, and forgets those no longer among its inputs. */
  rememberFiles(read: readonly KnownFile[], inputs: ReadonlySet<string>): void {
    for (const f of read) this.statements.file.run(f.path, f.stamp, f.id, f.hash, f.datedHash ?? null);
    for (const path of this.statements.files.all().map((f) => f.path)) if (!inputs.has(path)) this.statements.dropFile.run(path);
  }

  /** Stores (or replaces) an article's extraction, and its digest. */
  put(article: StoredArticle, { extraction, sentences }: ExtractedArticle, extractor: string, digest: ArticleDigest = digestOf(extraction, sentences)): void {
    const s = this.statements;
    this.touch(() => s.entityNames.all(article.id));
    this.touch(() => extraction.entities.map((e) => [e.label, e.kind] as const));
    s.remove.run(article.id);
    const json = JSON.stringify({ ...extraction, mentions: extraction.mentions === undefined ? undefined : [] });
    s.article.run(article.id, article.path, article.hash, extractor, article.title, article.words, json);
    for (const sentence of sentences) s.sentence.run(article.id, sentence.index, sentence.start, sentence.end, sentence.text);
    for (const e of extraction.entities) s.entity.run(article.id, e.id, e.label, e.kind, JSON.stringify(e.aliases), e.mentions, e.rule);
    for (const m of extraction.mentions ?? []) s.mention.run(article.id, m.entity, m.start, m.end, m.text, m.sentence, m.title ?? null, m.roleOf ?? null);
    extraction.relations.forEach((r, i) => {
      s.relation.run(article.id, i, r.source, r.target, r.relation, r.role ?? null, r.status ?? null, r.rule);
      for (const e of r.evidence) s.evidence.run(article.id, i, e.start, e.end, e.sentence, dateOf(e));
    });
    if (json.length <= MOST_DIGESTED_CHARS) this.putDigest(digest);
  }
}

/**
 * An extraction's JSON beyond which its digest is not kept: a warm build makes a long article's
 * digest again from its rows (its cost is that article's), rather than every build that writes it
 * holding the digest's text and SQLite's copy of it beside the extraction (about 30 MB at the peak
 * for an article of 2 MB). News articles' extractions are a few kilobytes.
 */
const MOST_DIGESTED_CHARS = 1_000_000;

/** The `meta` row saying whose the `surnames` rows are: the merge code's version, the articles' hash, the kinds decided. */
const SURNAMES_META = 'surnames';
interface SurnamesMeta {
  version: string;
  articles: string;
  decided: string[];
}

type MentionRow = [entity: string, start: number, end: number, text: string, sentence: number, title: string | null, roleOf: string | null];

/** A mention as the extractor makes it: its optional fields only when set. */
function mentionOf([entity, start, end, text, sentence, title, roleOf]: MentionRow): Mention {
  const mention: Mention = { entity, start, end, text, sentence };
  if (title !== null) mention.title = title;
  if (roleOf !== null) mention.roleOf = roleOf;
  return mention;
}

/** Evidence may carry the date of what it states. */
function dateOf(evidence: object): string | null {
  const date = (evidence as { date?: unknown }).date;
  return typeof date === 'string' ? date : null;
}
