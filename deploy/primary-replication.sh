#!/usr/bin/env bash
# Run once by the postgres image when it creates the primary: lets the replica stream WAL
# (the image's own rules admit ordinary connections only).
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
