-- One role and one database for hopeportal on PostgreSQL 15 or newer.
--   sudo -u postgres psql -v password="'<a long random password>'" -f deploy/postgresql/setup.sql
-- Then allow the app servers in pg_hba.conf (deploy/postgresql/pg_hba.conf).
CREATE ROLE hopeportal LOGIN PASSWORD :password;
CREATE DATABASE hopeportal OWNER hopeportal ENCODING 'UTF8' TEMPLATE template0;
-- The site sets its own statement timeout per request (DJANGO_DB_TIMEOUT); this
-- is the ceiling for anything else it runs (migrate, restore).
ALTER ROLE hopeportal SET statement_timeout = '10min';
ALTER ROLE hopeportal SET idle_in_transaction_session_timeout = '1min';
