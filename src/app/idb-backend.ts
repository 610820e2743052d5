/**
 * IndexedDB as the progress store's key-value backend (idb-keyval over one object store), opened
 * so that a database whose object store is missing is repaired rather than failing every write.
 */
import { clear, del, entries, get, set, type UseStore } from 'idb-keyval';

/** The few operations the progress store needs; a Map stands in for it in tests. */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
  clear(): Promise<void>;
}

/**
 * Opens `storeName` in database `name` on first use. When the database exists without that store
 * (deleted by hand, or left by an older build), it is upgraded to add it and `onRepaired` is
 * called: what else the database holds is left alone. A failure to open is retried on the next use.
 */
export function indexedDbBackend(name: string, storeName: string, onRepaired: () => void): KeyValueBackend {
  let opening: Promise<IDBDatabase> | null = null;
  const database = (): Promise<IDBDatabase> => {
    opening ??= openWithStore(name, storeName, onRepaired).then(
      (db) => {
        // Let another tab upgrade the database: close ours and open again on the next use.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        return db;
      },
      (e: unknown) => {
        opening = null;
        throw e;
      },
    );
    return opening;
  };
  const use: UseStore = (mode, callback) => database().then((db) => callback(db.transaction(storeName, mode).objectStore(storeName)));
  return {
    get: (key) => get(key, use),
    set: (key, value) => set(key, value, use),
    del: (key) => del(key, use),
    entries: () => entries(use),
    clear: () => clear(use),
  };
}

async function openWithStore(name: string, storeName: string, onRepaired: () => void): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available.', 'InvalidStateError');
  const db = await open(name, storeName);
  if (db.objectStoreNames.contains(storeName)) return db;
  const version = db.version + 1;
  db.close();
  const repaired = await open(name, storeName, version);
  onRepaired();
  return repaired;
}

function open(name: string, storeName: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new DOMException(`IndexedDB ${name} could not be opened.`, 'UnknownError'));
  });
}
