import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hopeportal.settings")
# Serving visitors: on PostgreSQL a statement gives up after DJANGO_DB_TIMEOUT
# seconds (see settings). Commands such as migrate or restore may take longer.
os.environ["HOPEPORTAL_SERVING"] = "1"

application = get_wsgi_application()
