"""Only the package list; everything else is in pyproject.toml.

resources/ sits beside app/ but installs as app.resources (see package-dir in pyproject.toml);
package discovery only looks inside app/, so without this the wheel would ship no translations,
icons or templates.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["app", "app.*"]), "app.resources"])
