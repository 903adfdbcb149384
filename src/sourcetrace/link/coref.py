"""Cross-document coreference over given mentions (ECB+ task format), with the entity resolver."""

from __future__ import annotations

from typing import Any


def cluster_task(task: dict[str, Any]) -> list[list[str]]:
    """Placeholder: one cluster per lower-cased mention string within a topic."""
    groups: dict[tuple[str, str], list[str]] = {}
    for doc in task.get("documents", []):
        for m in doc.get("mentions", []):
            key = (str(doc.get("topic", "")), str(m.get("text", "")).lower())
            groups.setdefault(key, []).append(str(m["id"]))
    return list(groups.values())
