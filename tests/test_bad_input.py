"""Bad input gives a one-line error naming the file, or a correct result; never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib

import pytest

from kg.errors import InputError
from kg.extract import extract_file


def run_kg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


PNG = b"\x89PNG\r\n\x1a\n" + zlib.compress(b"\x00" * 100)
CASES = {
    "empty.md": (b"", "is empty"),
    "blank.md": (b"   \n\t\n  ", "is empty"),
    "image.md": (PNG, "looks like a PNG image"),
    "doc.md": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "cannot read the PDF"),
    "archive.txt": (b"PK\x03\x04" + b"\x00" * 40, "ZIP archive"),
    "nul.txt": (b"Education\x00\x00 Peking University\x00", "NUL bytes"),
    "latin.txt": (b"Universit\xe9 de Montr\xe9al \xff\xfe\xfa" * 3, "cannot decode"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_library_raises_a_typed_one_line_error(tmp_path, name):
    data, message = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        extract_file(path)
    text = str(err.value)
    assert message in text and name in text and "\n" not in text


def test_directory_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        extract_file(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        extract_file(tmp_path / "nope.md")


def test_size_limit(tmp_path):
    big = tmp_path / "big.md"
    big.write_bytes(b"# Education\n" + b"x" * (21 * 1024 * 1024))
    with pytest.raises(InputError, match="over the 20 MB limit"):
        extract_file(big)


def test_large_file_under_the_limit_is_read(tmp_path):
    path = tmp_path / "long.md"
    entry = "- *2019.09 - 2023.06*, B.Sc., Peking University\n"
    path.write_text("# Education\n" + entry + ("lorem ipsum dolor sit amet " * 40 + "\n") * 2000, encoding="utf-8")
    p = extract_file(path)
    assert p.education[0].institution == "Peking University"


def test_gb18030_file_gives_the_right_facts(tmp_path):
    path = tmp_path / "简历.txt"
    path.write_bytes("教育背景\n南开大学    软件学院    工学学士    2017年9月 - 2021年6月\n".encode("gb18030"))
    (e,) = extract_file(path).education
    assert (e.institution, e.degree, e.start, e.end) == ("南开大学", "工学学士", "2017-09", "2021-06")


def test_cli_batch_goes_on_past_bad_files(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a_empty.md").write_bytes(b"")
    (tmp_path / "in" / "b_good.md").write_text("# Education\n- 2019 - 2023, B.Sc., Peking University\n", encoding="utf-8")
    (tmp_path / "in" / "c_image.md").write_bytes(PNG)
    out = tmp_path / "out"
    r = run_kg("extract", str(tmp_path / "in"), "-o", str(out))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2 and "a_empty.md" in errors[0] and "c_image.md" in errors[1]
    assert sorted(os.listdir(out)) == ["b_good.json"]


def test_cli_single_bad_file_exit_code(tmp_path):
    bad = tmp_path / "x.md"
    bad.write_bytes(b"\x00\x01\x02")
    r = run_kg("extract", str(bad))
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.strip().startswith("error:") and "x.md" in r.stderr and "Traceback" not in r.stderr


# -- the rest of issue 7's list, one case at a time ----------------------------------------------


def _extract_or_input_error(path):
    """A Profile, or an InputError with a one-line message naming the file; nothing else."""
    try:
        return extract_file(path)
    except InputError as err:
        assert path.name in str(err) and "\n" not in str(err)
        return None


def test_one_megabyte_single_line(tmp_path):
    path = tmp_path / "line.md"
    path.write_text("Education: B.Sc., Peking University, 2019 - 2023. " + "word " * 210_000, encoding="utf-8")
    p = _extract_or_input_error(path)
    assert p is not None


def test_deeply_nested_html(tmp_path):
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 20_000 + "<h2>Education</h2><p>B.Sc., Peking University, 2019 - 2023</p>" + "</div>" * 20_000 + "</body></html>", encoding="utf-8")
    p = _extract_or_input_error(path)
    assert p is None or all(e.institution for e in p.education)


def test_ten_thousand_headings(tmp_path):
    path = tmp_path / "headings.md"
    path.write_text("".join(f"# Heading {i}\ntext {i}\n" for i in range(10_000)) + "# Education\n- 2019 - 2023, B.Sc., Peking University\n", encoding="utf-8")
    p = extract_file(path)
    assert [e.institution for e in p.education] == ["Peking University"]


def test_html_and_script_in_names_are_text(tmp_path):
    path = tmp_path / "xss.md"
    path.write_text('# About\nI am <script>alert(1)</script>Eve <img src=x onerror=alert(2)> Mallory.\n\n'
                    '# Education\n- 2019 - 2023, B.Sc., <b onclick="x()">Peking University</b>\n', encoding="utf-8")
    p = extract_file(path)
    values = [p.owner.name or "", *(e.institution or "" for e in p.education)]
    assert not any("<" in v or "alert" in v or "onerror" in v for v in values), values
    assert p.education[0].institution == "Peking University"


def test_right_to_left_emoji_and_combining_marks(tmp_path):
    from kg.read import read_document

    path = tmp_path / "scripts.md"
    path.write_text("# About\nשלום 👩‍🔬 I am Zoë Ångström (Zoe\u0301), مرحبا.\n\n"
                    "# Education\n- 2019 - 2023, Ph.D., Universität Zürich 🎓\n- 2015 - 2019, B.Sc., جامعة القاهرة\n", encoding="utf-8")
    doc = read_document(path)
    p = extract_file(path)
    assert len(p.education) == 2
    assert p.education[0].institution == "Universität Zürich" and (p.education[1].start, p.education[1].end) == ("2015", "2019")
    for e, held in zip(p.education, ("Universität Zürich", "جامعة القاهرة")):
        # the evidence spans still point at the text that holds the values
        assert 0 <= e.evidence[0] < e.evidence[1] <= len(doc.original)
        assert held in doc.original[e.evidence[0] : e.evidence[1]]


def test_file_names_with_spaces_and_non_ascii(tmp_path):
    folder = tmp_path / "my profiles"
    folder.mkdir()
    (folder / "王 威 CV.txt").write_text("教育经历\n北京大学 | 博士 | 2019.09 - 2024.06\n", encoding="utf-8")
    (folder / "Zoë résumé.md").write_bytes(b"")
    r = run_kg("build", str(folder), "--no-store", "--no-cache", "-o", str(tmp_path / "g.nq"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "Zoë résumé.md: is empty" in r.stderr and "documents      1" in r.stdout


def test_symlink_loop(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text("# Education\n- 2019 - 2023, B.Sc., Peking University\n", encoding="utf-8")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "a.md").symlink_to(folder / "b.md")
    (folder / "b.md").symlink_to(folder / "a.md")
    r = run_kg("extract", str(folder), "-o", str(tmp_path / "out"))
    assert "Traceback" not in r.stderr and r.returncode == 1
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert errors and all("a.md" in e or "b.md" in e for e in errors)
    assert (tmp_path / "out" / "good.json").is_file()


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.md"
    path.write_text("# Education\n- 2019 - 2023, B.Sc., Peking University\n", encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: make the open fail as it would for a user
        from pathlib import Path

        real_open = Path.open

        def refuse(self, *args, **kwargs):
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match="secret.md: permission denied"):
        extract_file(path)
