#!/bin/sh
# Run by the postgres image on the first start of an empty volume (/docker-entrypoint-initdb.d).
# For a volume that already has data: docker compose -f docker/compose.yml --env-file docker/.env \
#   exec db sh /docker-entrypoint-initdb.d/10-hrd-roles.sh
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v owner_password="$HRD_DB_OWNER_PASSWORD" -v app_password="$HRD_DB_APP_PASSWORD" \
    -f /docker-entrypoint-initdb.d/hrd-roles.psql
