#!/usr/bin/env bash
# Publishes and configures the portal for scripts/run.sh and scripts/cluster.sh. Sourced, not run.

# portal_publish DIR: publishes the portal (Release, with the fingerprinted static assets that
# Production serves) into DIR, which no running portal may be serving from.
portal_publish() {
  dotnet publish src/NsfcSeminar.Web -c Release -o "$1" -nologo -v quiet -clp:ErrorsOnly >/dev/null || {
    echo "The portal did not build; run 'dotnet publish src/NsfcSeminar.Web -c Release' to see why." >&2
    return 1
  }
}

# portal_environment DIR PUBLIC_PORT: what every served portal is given: Production unless told
# otherwise, the public address readers use (every absolute link starts there, and only its host is
# served), and the published folder as content root (appsettings.json, static assets).
portal_environment() {
  export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
  export Seminar__PublicAddress=${Seminar__PublicAddress:-http://127.0.0.1:$2/}
  export DOTNET_CONTENTROOT=$1
}
