from . import test_designated_providers
