/** @odoo-module **/
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("affairs_fleet_request_tour", {
    url: "/odoo/vehicle-requests",
    steps: () => [
        { trigger: ".o_list_button_add", run: "click" },
        { trigger: ".o_field_widget[name=purpose] input", run: "edit Tour inspection" },
        { trigger: ".o_field_widget[name=destination] input", run: "edit Tour county" },
        { trigger: ".o_field_widget[name=date_start] input", run: "edit 01/15/2030 09:00:00" },
        { trigger: ".o_field_widget[name=date_end] input", run: "edit 01/15/2030 12:00:00" },
        { trigger: ".o_form_button_save", run: "click" },
        { trigger: ".o_form_saved" },
        { trigger: "button[name=action_submit]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Waiting Approval)" },
    ],
});

registry.category("web_tour.tours").add("affairs_fleet_dispatch_tour", {
    url: "/odoo/dispatch-board",
    steps: () => [
        { trigger: ".o_kanban_record:contains(Tour inspection)", run: "click" },
        { trigger: "button[name=action_approve]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(To Dispatch)" },
        { trigger: ".o_field_widget[name=vehicle_id] input", run: "edit TOUR-001" },
        { trigger: ".o-autocomplete--dropdown-item:contains(TOUR-001)", run: "click" },
        { trigger: ".o_field_widget[name=driver_id] input", run: "edit Tour Driver" },
        { trigger: ".o-autocomplete--dropdown-item:contains(Tour Driver)", run: "click" },
        { trigger: "button[name=action_dispatch]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Dispatched)" },
        // The chatter shows the dispatch without reloading the page.
        { trigger: ".o-mail-Message .o-mail-Message-trackingNew:contains(Dispatched)" },
        // The board's timeline shows the vehicle's row (OCA web_timeline).
        { trigger: ".o_breadcrumb .breadcrumb-item a:contains(Dispatch Board)", run: "click" },
        { trigger: ".o_switch_view.o_timeline", run: "click" },
        { trigger: ".oe_timeline_view .vis-label:contains(TOUR-001)" },
        { trigger: ".o_switch_view.o_kanban", run: "click" },
        { trigger: ".o_kanban_record:contains(Tour inspection)", run: "click" },
        { trigger: "button[name=action_open_return_wizard]", run: "click" },
        { trigger: ".modal .o_field_widget[name=odometer_end] input", run: "edit 120" },
        { trigger: ".modal button[name=action_confirm]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Returned)" },
    ],
});
