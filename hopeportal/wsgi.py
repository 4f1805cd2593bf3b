import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hopeportal.settings")
# Serving visitors: on PostgreSQL a statement gives up after DJANGO_DB_TIMEOUT
# seconds (see settings). Commands such as migrate or restore may take longer.
os.environ["HOPEPORTAL_SERVING"] = "1"

_django = get_wsgi_application()


def application(environ, start_response):
    """Django's WSGI application, without a body for HEAD: Django renders the
    page (and its Content-Length) as for GET, and gunicorn would log each body
    it has to drop."""
    response = _django(environ, start_response)
    if environ.get("REQUEST_METHOD") != "HEAD":
        return response
    response.close()  # request_finished: database connections are looked after
    return []
