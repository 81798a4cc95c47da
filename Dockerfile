# The claims service: `claims serve` on port 8000. Built and run by docker-compose.yml with
# PostgreSQL; alone, it keeps a SQLite store in /data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    CLAIMS_DATABASE_URL=sqlite:////data/claims.db

WORKDIR /srv/claims
# dependencies first, so a code change does not reinstall them (README.md: the project's readme)
COPY pyproject.toml README.md* ./
RUN mkdir -p claims app && touch claims/__init__.py app/__init__.py \
    && pip install . && pip uninstall -y claims && rm -rf claims app
COPY claims ./claims
COPY app ./app
COPY alembic ./alembic
COPY alembic.ini ./
# editable: the migrations are found next to the code (app/db/migrate.py looks in ../../alembic)
RUN pip install --no-deps -e . \
    && useradd --system --home /srv/claims claims \
    && mkdir -p /data && chown claims /data
USER claims
VOLUME /data
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"
CMD ["claims", "serve", "--host", "0.0.0.0", "--port", "8000"]
