from . import test_property_accounting
