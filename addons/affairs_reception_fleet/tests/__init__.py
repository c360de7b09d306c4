from . import test_reception_vehicles
