/** License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("affairs_construction_change_tour", {
    steps: () => [
        { trigger: ".o_control_panel .o_list_button_add", run: "click" },
        { trigger: ".o_field_widget[name=contract_id] input", run: "edit TOUR-HT" },
        { trigger: ".dropdown-item:contains(TOUR-HT-1)", run: "click" },
        { trigger: ".o_field_widget[name=amount] input", run: "edit 30000" },
        { trigger: ".o_field_widget[name=reason] textarea", run: "edit Extra drainage" },
        { trigger: ".o_form_button_save", run: "click" },
        { trigger: ".o_form_saved" },
        { trigger: "button[name=action_submit]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Submitted)" },
    ],
});

registry.category("web_tour.tours").add("affairs_construction_approve_tour", {
    steps: () => [
        { trigger: "button[name=action_approve]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Approved)" },
    ],
});

registry.category("web_tour.tours").add("affairs_construction_payment_tour", {
    steps: () => [
        { trigger: ".o_control_panel .o_list_button_add", run: "click" },
        { trigger: ".o_field_widget[name=contract_id] input", run: "edit TOUR-HT" },
        { trigger: ".dropdown-item:contains(TOUR-HT-1)", run: "click" },
        { trigger: ".o_field_widget[name=payable_cap]:contains(399,640)" },
        { trigger: ".o_field_widget[name=amount] input", run: "edit 500000" },
        { trigger: ".o_form_button_save", run: "click" },
        { trigger: ".o_form_saved" },
        { trigger: "button[name=action_submit]", run: "click" },
        { trigger: ".modal .modal-body:contains(refused)" },
        { trigger: ".modal .modal-footer .btn-primary", run: "click" },
    ],
});
