"""The default page cache backend: Django's file-based cache, shared by every
process of the machine, made cheap enough to read on every request."""

import os
import pickle
import time

from django.core.cache.backends.filebased import FileBasedCache


class PageFileCache(FileBasedCache):
    """Django's file cache with two changes for pages:

    - no zlib: the pages are stored compressed already (gzip, brotli), and
      inflating every answer cost more than the rest of a cached request;
    - each process remembers what it last read from each file: as long as the
      file is unchanged (same inode, modification time and size; every write
      makes a new file) a read is one stat() instead of open, read and unpickle.
      A change written by any process is seen on the next read. Django gives
      each thread its own cache object; the memory is the process's, shared
      by its threads (keyed by the file's full path, so caches in different
      folders never mix), and pages are kept once per worker, not per thread.
    """

    MEMO_SIZE = 500
    # file path -> (signature, expiry, value); its values are never changed
    # in place, so threads may share it.
    _memo = {}

    def get(self, key, default=None, version=None):
        fname = self._key_to_file(key, version)
        try:
            stat = os.stat(fname)
        except FileNotFoundError:
            return default
        signature = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        memo = self._memo.get(fname)
        if memo is None or memo[0] != signature:
            try:
                with open(fname, "rb") as f:
                    expiry = pickle.load(f)
                    value = pickle.loads(f.read())
            except (FileNotFoundError, EOFError, pickle.UnpicklingError):
                return default
            if len(self._memo) >= self.MEMO_SIZE:
                self._memo.clear()
            memo = self._memo[fname] = (signature, expiry, value)
        _signature, expiry, value = memo
        if expiry is not None and expiry < time.time():
            return default
        return value

    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(pickle.dumps(value, self.pickle_protocol))

    def touch(self, key, timeout=None, version=None):
        value = self.get(key, version=version)
        if value is None:
            return False
        self.set(key, value, timeout, version)
        return True
