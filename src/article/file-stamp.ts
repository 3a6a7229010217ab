// What tells that a file is unchanged since a build read it without reading it again, as git's
// index does: its device, inode, size and times of last change (in nanoseconds). A write changes
// the change time (ctime), which no tool can set back, and a file put in its place has another inode.
import { statSync } from 'node:fs';

export interface FileStamp {
  /** Device, inode, size, mtime and ctime: equal stamps, unchanged file. */
  key: string;
  size: number;
  /** The file's last modification time, in milliseconds. */
  mtimeMs: number;
  /** The later of its mtime and ctime, in nanoseconds since 1970. */
  changedNs: bigint;
}

/** The stamp of a regular file, undefined for anything else or a path that cannot be read. */
export function fileStamp(path: string): FileStamp | undefined {
  let stats;
  try {
    stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (stats === undefined || !stats.isFile()) return undefined;
  return {
    key: `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`,
    size: Number(stats.size),
    mtimeMs: Number(stats.mtimeMs),
    changedNs: stats.mtimeNs > stats.ctimeNs ? stats.mtimeNs : stats.ctimeNs,
  };
}
