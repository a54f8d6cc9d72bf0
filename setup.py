"""Package layout: the import package lives in desktop/, the shared resources/ folder rides along.

resources/ is mapped to the data-only package chinadossier.resources; each of its folders is
listed as a package too (setuptools treats data folders as packages and warns otherwise).
"""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCES = Path(__file__).parent / "resources"
resource_packages = ["chinadossier.resources"] + [
    "chinadossier.resources." + ".".join(folder.relative_to(RESOURCES).parts)
    for folder in sorted(RESOURCES.rglob("*"))
    if folder.is_dir() and "__pycache__" not in folder.parts
]

setup(
    package_dir={"": "desktop", "chinadossier.resources": "resources"},
    packages=[*find_packages("desktop"), *resource_packages],
    package_data={
        "chinadossier.resources": ["**/*"],
        "chinadossier.db.migrations": ["script.py.mako"],
    },
    include_package_data=True,
)
