"""Package layout: the import package lives in desktop/, the shared resources/ folder rides along."""

from setuptools import find_packages, setup

setup(
    package_dir={"": "desktop", "chinadossier.resources": "resources"},
    packages=[*find_packages("desktop"), "chinadossier.resources"],
    package_data={
        "chinadossier.resources": ["**/*"],
        "chinadossier.db.migrations": ["script.py.mako"],
    },
    include_package_data=True,
)
