# The claimwatch worker image (docker-compose.yml builds it as service `worker`).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY service ./service
RUN pip install . \
 && useradd --system --uid 10001 --home-dir /var/lib/claimwatch claimwatch \
 && mkdir -p /var/lib/claimwatch \
 && chown claimwatch /var/lib/claimwatch

USER claimwatch
# /metrics must listen beyond loopback inside a container for Prometheus to scrape it.
ENV CLAIMWATCH_STATE_DIR=/var/lib/claimwatch \
    CLAIMWATCH_METRICS_HOST=0.0.0.0 \
    CLAIMWATCH_METRICS_PORT=9464
EXPOSE 9464 6066
VOLUME ["/var/lib/claimwatch"]
CMD ["claimwatch", "worker"]
