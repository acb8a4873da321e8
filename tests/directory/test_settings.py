"""Settings: the environment wins over .env, defaults work, bad values are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from directory.settings import DirectorySettings, SettingsError, read_env_file


def test_env_file_fills_in_only_what_the_environment_lacks(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# a comment\n\nexport DIRECTORY_API_PORT=9000\nPUBLIC_BASE_URL='https://x.example.org/'\n"
        'SIGNPOST_DATA_DIR="from-file"\n',
        encoding="utf-8",
    )
    environ = {"SIGNPOST_DATA_DIR": "/srv/signpost"}
    merged = read_env_file(env_file, environ)
    settings = DirectorySettings.from_env(merged)
    assert settings.data_dir == Path("/srv/signpost")  # the real environment wins
    assert settings.api_port == 9000
    assert settings.public_base_url == "https://x.example.org"
    assert settings.database_url == "sqlite:////srv/signpost/directory.sqlite3"


def test_defaults_need_nothing() -> None:
    settings = DirectorySettings.from_env({})
    assert settings.database_url.startswith("sqlite:///") and settings.database_url.endswith(
        "var/directory.sqlite3"
    )
    assert (settings.api_host, settings.api_port, settings.stale_after_months) == (
        "127.0.0.1",
        8090,
        12,
    )


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"DIRECTORY_API_PORT": "eighty"}, "DIRECTORY_API_PORT must be a whole number"),
        ({"DIRECTORY_API_PORT": "0"}, "DIRECTORY_API_PORT must be at least 1"),
        ({"DIRECTORY_DATABASE_URL": "mysql://db/x"}, "DIRECTORY_DATABASE_URL must be a sqlite"),
        ({"POSTCODE_DATA_PATH": "/nowhere/codepo.zip"}, "POSTCODE_DATA_PATH does not exist"),
        ({"DIRECTORY_STALE_AFTER_MONTHS": "-3"}, "DIRECTORY_STALE_AFTER_MONTHS must be at least"),
    ],
)
def test_bad_values_name_the_variable(environ: dict, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        DirectorySettings.from_env(environ)


def test_a_malformed_env_file_line_is_reported_with_its_number(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("GOOD=1\nthis is not a setting\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"\.env:2: expected KEY=value"):
        read_env_file(env_file, {})
