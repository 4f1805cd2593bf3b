"""The default page cache backend: files shared by every process of the
machine, cheap enough to read on every request.

Written on Django's public cache API (BaseCache) rather than by overriding
FileBasedCache's private methods, which may change in any Django release.
"""

import contextlib
import glob
import hashlib
import os
import pickle
import random
import tempfile
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

SUFFIX = ".page"


class PageFileCache(BaseCache):
    """One file per key under LOCATION, written whole to a temporary file and
    renamed, so a reader sees the old file or the new one, never half of one.

    - No zlib: the pages are stored compressed already (gzip, brotli), and
      inflating every answer cost more than the rest of a cached request.
    - Each process remembers what it last read from each file: as long as the
      file is unchanged (same inode, modification time and size; every write
      makes a new file) a read is one stat() instead of open, read and unpickle.
      A change written by any process is seen on the next read. Django gives
      each thread its own cache object; the memory is the process's, shared
      by its threads (keyed by the file's full path, so caches in different
      folders never mix), and pages are kept once per worker, not per thread.
    - At `max_entries` files a set first removes a random 1/`cull_frequency`
      of them, as Django's own file cache does.
    """

    MEMO_SIZE = 500
    # file path -> (signature, expiry, value); its values are never changed
    # in place, so threads may share it.
    _memo = {}

    def __init__(self, location, params):
        super().__init__(params)
        self.folder = os.path.abspath(location)
        options = params.get("OPTIONS", {})
        self.max_entries = int(params.get("max_entries", options.get("MAX_ENTRIES", 300)))
        self.cull_frequency = int(params.get("cull_frequency", options.get("CULL_FREQUENCY", 3)))

    def path(self, key, version=None):
        key = self.make_key(key, version=version)
        self.validate_key(key)
        return os.path.join(self.folder, hashlib.md5(key.encode()).hexdigest() + SUFFIX)

    def _read(self, path):
        """(expiry, value) of the file at `path`, or None."""
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            return None
        signature = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        memo = self._memo.get(path)
        if memo is None or memo[0] != signature:
            try:
                with open(path, "rb") as f:
                    expiry = pickle.load(f)
                    value = pickle.loads(f.read())
            except (FileNotFoundError, EOFError, pickle.UnpicklingError):
                return None
            if len(self._memo) >= self.MEMO_SIZE:
                self._memo.clear()
            memo = self._memo[path] = (signature, expiry, value)
        _signature, expiry, value = memo
        if expiry is not None and expiry < time.time():
            return None
        return expiry, value

    def get(self, key, default=None, version=None):
        found = self._read(self.path(key, version))
        return default if found is None else found[1]

    def has_key(self, key, version=None):
        return self._read(self.path(key, version)) is not None

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        path = self.path(key, version)
        os.makedirs(self.folder, 0o700, exist_ok=True)  # it may be deleted at any time
        self._cull()
        fd, temporary = tempfile.mkstemp(dir=self.folder)
        try:
            with open(fd, "wb") as f:
                f.write(pickle.dumps(self.get_backend_timeout(timeout), pickle.HIGHEST_PROTOCOL))
                f.write(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, path)
        except BaseException:
            os.remove(temporary)
            raise

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self.has_key(key, version):
            return False
        self.set(key, value, timeout, version)
        return True

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        found = self._read(self.path(key, version))
        if found is None:
            return False
        self.set(key, found[1], timeout, version)
        return True

    def delete(self, key, version=None):
        try:
            os.remove(self.path(key, version))
        except FileNotFoundError:
            return False
        return True

    def clear(self):
        for path in self._files():
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)

    def _files(self):
        return [
            os.path.join(self.folder, name)
            for name in glob.glob(f"*{SUFFIX}", root_dir=self.folder)
        ]

    def _cull(self):
        files = self._files()
        if len(files) < self.max_entries:
            return
        if self.cull_frequency == 0:
            self.clear()
            return
        for path in random.sample(files, len(files) // self.cull_frequency):
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)
