"""Static files as whitenoise serves them, with one validator per encoding.

whitenoise gives the plain, gzip and brotli bodies of a file one strong ETag;
a strong ETag promises the same bytes, so a cache could answer a conditional
request for one encoding with another's. Here each compressed body has its
own ETag, and If-None-Match is compared with the one of the body the client
would get.
"""

from http import HTTPStatus

from whitenoise.middleware import WhiteNoiseMiddleware
from whitenoise.responders import NOT_MODIFIED_HEADERS, Response


def _tag(etag, encoding):
    return f'{etag[:-1]}-{encoding}"' if etag.endswith('"') else f"{etag}-{encoding}"


class PerEncodingFile:
    """A whitenoise StaticFile whose alternatives each carry their own ETag."""

    def __init__(self, static_file):
        self.static_file = static_file
        alternatives = []
        for pattern, path, headers in static_file.alternatives:
            headers = dict(headers)
            if "Content-Encoding" in headers and "ETag" in headers:
                headers["ETag"] = _tag(headers["ETag"], headers["Content-Encoding"])
            alternatives.append((pattern, path, list(headers.items())))
        static_file.alternatives = alternatives

    def get_response(self, method, request_headers):
        asked = request_headers.get("HTTP_IF_NONE_MATCH")
        if method not in ("GET", "HEAD") or asked is None:
            return self.static_file.get_response(method, request_headers)
        _path, headers = self.static_file.get_path_and_headers(request_headers)
        tags = [tag.strip() for tag in asked.split(",")]
        if "*" in tags or dict(headers).get("ETag") in tags:
            kept = [(k, v) for k, v in headers if k in NOT_MODIFIED_HEADERS]
            return Response(HTTPStatus.NOT_MODIFIED, kept, None)
        # If-None-Match decides alone (RFC 9110): If-Modified-Since is not asked.
        others = {
            k: v
            for k, v in request_headers.items()
            if k not in ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")
        }
        return self.static_file.get_response(method, others)


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    def get_static_file(self, path, url, stat_cache=None):
        return PerEncodingFile(super().get_static_file(path, url, stat_cache=stat_cache))
