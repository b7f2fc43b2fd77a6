"""The ops layer: Prometheus metrics and the Alertmanager push, called by the drivers.

Floor 2 of the package: imports only ``models`` and ``settings`` below it.
"""

from claimwatch.ops.alertmanager import AlertmanagerPusher
from claimwatch.ops.metrics import DuplicateKind, ItemOutcome, Metrics, MetricsServer, start_exporter

__all__ = ["AlertmanagerPusher", "DuplicateKind", "ItemOutcome", "Metrics", "MetricsServer", "start_exporter"]
