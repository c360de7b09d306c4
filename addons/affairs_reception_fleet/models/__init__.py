from . import affairs_reception
from . import affairs_reception_transport
from . import affairs_vehicle_request
