"""The README's install command: `pip install ./sdks/python` builds and installs the package with no network
(`--no-index`; the in-tree backend needs no download), and the installed copy imports from elsewhere."""

import os
import subprocess
import sys
import tempfile
import unittest

import support


class InstallTest(unittest.TestCase):
    def test_pip_installs_the_folder_offline_and_the_package_imports(self) -> None:
        with tempfile.TemporaryDirectory() as target:
            install = subprocess.run(
                [sys.executable, "-m", "pip", "install", "--no-index", "--quiet", "--target", target, str(support.SDK_ROOT)],
                capture_output=True,
                text=True,
                env={**os.environ, "PIP_NO_INPUT": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
            )
            self.assertEqual(install.returncode, 0, install.stdout + install.stderr)
            self.assertTrue(os.path.exists(os.path.join(target, "parley", "py.typed")))
            environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
            imported = subprocess.run(
                [sys.executable, "-c", "import parley, parley.resources.messages; print(parley.__file__, parley.__version__)"],
                capture_output=True,
                text=True,
                cwd=tempfile.gettempdir(),
                env={**environment, "PYTHONPATH": target},
            )
            self.assertEqual(imported.returncode, 0, imported.stderr)
            self.assertTrue(imported.stdout.startswith(os.path.join(target, "parley", "__init__.py")), imported.stdout)
        self.assertFalse((support.SDK_ROOT / "build").exists(), "the build leaves nothing in the source folder")


if __name__ == "__main__":
    unittest.main()
