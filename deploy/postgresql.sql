-- The groups' database on Debian's PostgreSQL (apt-get install postgresql), run once as the
-- postgres user with the password the app will use (the same as SPRING_DATASOURCE_PASSWORD in
-- /etc/formatfit/formatfit.env):
--   runuser -u postgres -- psql -v ON_ERROR_STOP=1 -v password="$PASSWORD" -f deploy/postgresql.sql
-- The app makes its own tables at start (Flyway, src/main/resources/db/migration); this file
-- only makes the role that owns them and the empty database. deploy/local.sh runs it too.
CREATE ROLE formatfit LOGIN PASSWORD :'password';
CREATE DATABASE formatfit OWNER formatfit ENCODING 'UTF8' TEMPLATE template0;
