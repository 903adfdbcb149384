"""Exports: JSON, CSV per record kind, Parquet (optional extra), GEXF and GraphML."""

from __future__ import annotations

import csv
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcetrace.cli import cli
from sourcetrace.present.exports import KINDS, ExportError, export, load_contract
from sourcetrace.present.graph import provenance_graph, to_gexf, to_graphml
from sourcetrace.store import Store
from tests.test_report import hostile_contract, small_contract


@pytest.fixture()
def out_dir(tmp_path: Path) -> Path:
    with Store(tmp_path / "sourcetrace.db") as s:
        s.write_contract(small_contract())
    return tmp_path


def test_csv_one_file_per_kind_with_json_cells(tmp_path: Path) -> None:
    c = small_contract()
    paths = export(c, tmp_path / "csv", "csv")
    assert {p.stem for p in paths} == set(KINDS)
    with (tmp_path / "csv" / "clusters.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == ["k1", "k2"]
    assert json.loads(rows[0]["claims"]) == ["c1", "c2", "c3"]
    assert json.loads(rows[0]["contradictions"])[0]["kind"] == "date"
    with (tmp_path / "csv" / "articles.csv").open(encoding="utf-8") as fh:
        arts = list(csv.DictReader(fh))
    assert arts[0]["text"] == c["articles"][0]["text"]  # quotes and newlines survive CSV quoting


def test_json_export_round_trips(tmp_path: Path) -> None:
    c = small_contract()
    (p,) = export(c, tmp_path, "json")
    assert json.loads(p.read_text(encoding="utf-8")) == c


def test_graphml_and_gexf_are_valid_xml_with_every_edge(tmp_path: Path) -> None:
    c = hostile_contract()
    c["provenance"].append({"source": "ctrl\x01char", "target": "Metro Wire", "kind": "cites", "article": "a3"})
    g = provenance_graph(c)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.fromstring(to_graphml(g).encode())
    assert len(root.findall(".//g:node", ns)) == len(g.nodes)
    assert len(root.findall(".//g:edge", ns)) == len(g.edges)
    labels = {d.text for d in root.findall(".//g:node/g:data[@key='label']", ns)}
    assert "<svg onload=alert(4)>" in labels and "ctrlchar" in labels  # escaped, control char dropped
    gx = ET.fromstring(to_gexf(g).encode())
    gns = {"x": "http://gexf.net/1.3"}
    assert len(gx.findall(".//x:node", gns)) == len(g.nodes)
    assert {e.get("source") for e in gx.findall(".//x:edge", gns)} <= {n.id for n in g.nodes}
    paths = export(c, tmp_path, "gexf") + export(c, tmp_path, "graphml")
    assert [p.name for p in paths] == ["provenance.gexf", "provenance.graphml"]


def test_parquet_without_pyarrow_says_how_to_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ExportError, match=r"sourcetrace\[parquet\]"):
        export(small_contract(), tmp_path, "parquet")


def test_parquet_round_trip(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow (the 'parquet' extra) is not installed")
    export(small_contract(), tmp_path, "parquet")
    t = pq.read_table(tmp_path / "claims.parquet")
    assert t.num_rows == 6 and "text" in t.column_names


def test_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown export format"):
        export(small_contract(), tmp_path, "xlsx")


def test_load_contract_prefers_the_store(out_dir: Path) -> None:
    c = load_contract(out_dir)
    assert len(c["claims"]) == 6 and c["clusters"][0]["claims"] == ["c1", "c2", "c3"]
    with pytest.raises(ExportError, match="sourcetrace analyze"):
        load_contract(out_dir / "nothing-here")


def test_cli_export(out_dir: Path) -> None:
    res = CliRunner().invoke(cli, ["export", str(out_dir), "--format", "graphml"])
    assert res.exit_code == 0, res.output
    assert (out_dir / "export" / "provenance.graphml").exists()
    res = CliRunner().invoke(cli, ["export", str(out_dir), "--format", "csv", "--to", str(out_dir / "c")])
    assert res.exit_code == 0 and (out_dir / "c" / "quotes.csv").exists()
    res = CliRunner().invoke(cli, ["export", "--help"])
    assert "GraphML" in res.output
