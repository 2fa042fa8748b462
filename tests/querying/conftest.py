import pytest


@pytest.fixture(scope="session")
def rdf_engine(full_build_dir):
    from kg.querying import open_engine
    with open_engine("rdf", full_build_dir) as engine:
        yield engine
