# The claimwatch worker image (docker-compose.yml builds it as service `worker`).
#
# Build stage: the wheel with the extraction core compiled by mypyc (setup.py; a quarter to a third faster, same
# results: tests/e2e/test_compiled_core.py). It needs a C compiler, which the slim image lacks, and the
# package's dependencies for mypy to read the types, hence no build isolation.
FROM python:3.11 AS build
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY service ./service
RUN pip install --no-cache-dir . "mypy>=2.4,<3" "setuptools>=77" \
 && CLAIMWATCH_COMPILE=1 pip wheel --no-cache-dir --no-build-isolation --no-deps -w /wheels .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY --from=build /wheels /wheels
# the compiled wheel, and its dependencies from the index
RUN pip install /wheels/claimwatch-*.whl && rm -rf /wheels \
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
