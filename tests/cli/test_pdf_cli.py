"""``python main.py pdf``: a real process writes a real PDF, or says why it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import rapport


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("pdfcli") / "rapport.sqlite"
    assert rapport("demo", db=db).returncode == 0
    return db


def test_pdf_writes_each_edition(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ural-client.pdf"
    result = rapport("pdf", "ТрансЛогистик Урал", "--edition", "client", "--out", out,
                     db=demo_db)
    assert result.returncode == 0, result.stderr
    pages = len(PdfReader(out).pages)
    assert result.stdout.strip() == (f"wrote {out} ({pages} pages, client edition of "
                                     "ТрансЛогистик Урал)")
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Client edition" in text and "Skeptic" not in text

    brief = tmp_path / "brief.pdf"
    result = rapport("pdf", "demo-huadong", "--edition", "executive", "--out", brief,
                     db=demo_db)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(brief).pages) == 2


def test_pdf_sections_option(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "risks.pdf"
    result = rapport("pdf", "demo-northwind", "--sections", "risks,actions", "--out", out,
                     db=demo_db)
    assert result.returncode == 0, result.stderr
    assert [str(o.title) for o in PdfReader(out).outline] == ["Risks", "Action plan"]


@pytest.mark.parametrize("args, message", [
    (["--out", "{tmp}/missing/x.pdf"], "does not exist"),
    (["--out", "{tmp}"], "is a folder"),
    (["--sections", "risks,gossip", "--out", "{tmp}/x.pdf"], "Unknown section(s): gossip"),
])
def test_pdf_user_errors_exit_1_with_one_message(demo_db: Path, tmp_path: Path,
                                                  args: list[str], message: str) -> None:
    argv = [a.format(tmp=tmp_path) for a in args]
    result = rapport("pdf", "demo-ural", *argv, db=demo_db)
    assert result.returncode == 1
    assert result.stderr.startswith("rapport: error: ") and message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_pdf_unknown_account_and_bad_edition(demo_db: Path, tmp_path: Path) -> None:
    missing = rapport("pdf", "Nobody Inc", "--out", tmp_path / "x.pdf", db=demo_db)
    assert missing.returncode == 1 and "Nobody Inc" in missing.stderr
    bad = rapport("pdf", "demo-ural", "--edition", "secret", "--out", tmp_path / "x.pdf",
                  db=demo_db)
    assert bad.returncode == 2  # usage error, from argparse
    assert list(tmp_path.iterdir()) == []


def test_a_client_pdf_with_flagged_texts_is_refused_with_the_list_unless_allowed(
    tmp_path: Path,
) -> None:
    from tests.cli.test_cli import write
    from tests.fileformat.plan import plan_dict

    doc = plan_dict(risks=[{"id": "r1", "title": "CFO Li Wei is a blocker",
                            "client_visible": True}])
    db = tmp_path / "rapport.sqlite"
    assert rapport("import", write(tmp_path / "acme.json", doc), db=db).returncode == 0
    out = tmp_path / "client.pdf"
    refused = rapport("pdf", "acme", "--edition", "client", "--out", out, db=db)
    assert refused.returncode == 1
    assert "risks[0].title: “CFO Li Wei is a blocker” (says “blocker”)" in refused.stderr
    assert "--allow-flagged" in refused.stderr and "Traceback" not in refused.stderr
    assert not out.exists()
    allowed = rapport("pdf", "acme", "--edition", "client", "--allow-flagged", "--out", out,
                      db=db)
    assert allowed.returncode == 0, allowed.stderr
    assert out.exists()


@pytest.mark.parametrize("args, message", [
    (["--sections", ""], "--sections names no section"),
    (["--edition", "client", "--sections", "findings,interactions"],
     "None of the sections chosen is in the client edition"),
    (["--out", "{tmp}/" + "я" * 130 + ".pdf"], "File name too long"),
])
def test_pdf_choices_that_would_write_nothing_useful_are_refused(
    demo_db: Path, tmp_path: Path, args: list[str], message: str,
) -> None:
    argv = [a.format(tmp=tmp_path) for a in args]
    if "--out" not in argv:
        argv += ["--out", str(tmp_path / "x.pdf")]
    result = rapport("pdf", "demo-ural", *argv, db=demo_db)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_during_a_command_is_one_line_and_status_130(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app import cli

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_pdf", interrupted)
    assert cli.main(["pdf", "demo-ural", "--out", str(tmp_path / "x.pdf"),
                     "--db", str(demo_db)]) == 130
    assert capsys.readouterr().err == "rapport: interrupted\n"


def test_characters_the_fonts_cannot_draw_are_named_in_a_warning(tmp_path: Path) -> None:
    from tests.cli.test_cli import write
    from tests.fileformat.plan import plan_dict

    doc = plan_dict()
    doc["stakeholders"][0]["name"] = "吉田 𠮷 🔥"  # a rare Chinese character, an emoji
    db = tmp_path / "rapport.sqlite"
    assert rapport("import", write(tmp_path / "acme.json", doc), db=db).returncode == 0
    out = tmp_path / "plan.pdf"
    result = rapport("pdf", "acme", "--out", out, db=db)
    assert result.returncode == 0 and out.exists()
    warning = result.stderr.strip()
    assert warning.startswith("rapport: warning: the PDF fonts have no glyphs for")
    assert "𠮷" in warning and "🔥" in warning and "吉" not in warning


def test_preview_lists_what_the_customer_gets_and_writes_nothing(
    demo_db: Path, tmp_path: Path,
) -> None:
    result = rapport("pdf", "demo-ural", "--edition", "client", "--preview", db=demo_db)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("The client edition of ТрансЛогистик Урал would show:")
    assert "Action plan (2, 4 not shared)\n  - Прислать новый график поставок" in out
    assert "Pilot proposal for Chelyabinsk" in out
    assert "Обед с Кузнецовым" not in out and "Тендер на всех поставщиков" not in out
    assert "Risks: left out, nothing shared (5 recorded)" in out
    assert list(tmp_path.iterdir()) == []
    wrong = rapport("pdf", "demo-ural", "--preview", db=demo_db)
    assert wrong.returncode == 1 and "use it with --edition client" in wrong.stderr
    missing = rapport("pdf", "demo-ural", "--edition", "client", db=demo_db)
    assert missing.returncode == 1 and "--out FILE.pdf is needed" in missing.stderr


def test_preview_shows_control_characters_instead_of_obeying_them(tmp_path: Path) -> None:
    from tests.cli.test_cli import write
    from tests.fileformat.plan import plan_dict

    # long texts refuse C0 controls such as ESC at import; the 8-bit CSI (C1) gets in
    doc = plan_dict(insights=[{"id": "i1", "kind": "goal", "text": "Grow\u009b2J fast\u202e",
                               "client_visible": True}])
    db = tmp_path / "rapport.sqlite"
    assert rapport("import", write(tmp_path / "acme.json", doc), db=db).returncode == 0
    result = rapport("pdf", "acme", "--edition", "client", "--preview", db=db)
    assert result.returncode == 0, result.stderr
    assert "\x9b" not in result.stdout and "\u202e" not in result.stdout
    assert "  - Grow\\x9b2J fast\\u202e" in result.stdout
