# The monitor as one image: `monitor run` (embedded), `monitor worker`, or any other command.
#   docker build -t newsmonitor .
#   docker run --rm -v monitor-data:/data newsmonitor sh -c "monitor seed && monitor run"
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# The package first, so that editing the seeds does not reinstall the dependencies.
COPY pyproject.toml README.md ./
COPY monitor ./monitor
RUN pip install .

COPY seeds ./seeds

# Not root: the daemon fetches untrusted pages. /data holds SQLite, /snapshots the raw bodies.
RUN useradd --create-home --uid 1000 monitor \
    && mkdir -p /data /snapshots \
    && chown monitor:monitor /data /snapshots
USER monitor

ENV MONITOR_DATABASE_URL=sqlite:////data/monitor.db \
    MONITOR_SNAPSHOTS_DIR=/snapshots \
    MONITOR_SEEDS_DIR=/app/seeds
VOLUME ["/data", "/snapshots"]

CMD ["monitor", "run"]
