import { registry } from "@web/core/registry";

/**
 * One tour per role of the suite: from the home action the user lands on
 * after login, through the screens of that role's day. Each screen must load
 * without an error dialog (console errors fail any tour) and show no English
 * word: Chinese users read Chinese. Short allow-list for proper names and
 * units.
 */
const ALLOWED = new Set([
    "Odoo", "PDF", "Excel", "GB", "QR", "OCA", "admin", "Administrator",
    "Mitchell", "YourCompany", "My", "Company", "US", "example", "com",
    "km", "kWh", "CNY", "USD",
]);

function englishWords() {
    const roots = document.querySelectorAll(
        ".o_main_navbar, .o_control_panel, .o_content, .modal-content"
    );
    const words = new Set();
    for (const root of roots) {
        // innerText skips hidden elements (folded menus, invisible fields).
        for (const word of root.innerText.match(/[A-Za-z]{3,}/g) || []) {
            // All-capital tokens are reference prefixes (CGJH/2026/0001).
            if (!ALLOWED.has(word) && word !== word.toUpperCase()) {
                words.add(word);
            }
        }
    }
    return [...words];
}

function checkScreen(label) {
    return {
        content: `${label}: no error dialog, no English`,
        trigger: ".o_action_manager .o_view_controller",
        run() {
            if (document.querySelector(".o_error_dialog")) {
                throw new Error(`${label}: an error dialog is open`);
            }
            const words = englishWords();
            if (words.length) {
                throw new Error(`${label}: English on screen: ${words.join(", ")}`);
            }
        },
    };
}

function visit(url, label, ready = ".o_action_manager .o_view_controller") {
    return [
        { content: `open ${label}`, trigger: "body", run: `goToUrl ${url}`, expectUnloadPage: true },
        { content: `${label} loaded`, trigger: ready },
        checkScreen(label),
    ];
}

function roleTour(name, screens) {
    registry.category("web_tour.tours").add(name, {
        url: "/odoo",
        steps: () => [
            { content: "home action loaded", trigger: ".o_action_manager .o_view_controller" },
            checkScreen("home"),
            ...screens.flatMap(([url, label, ready]) => visit(url, label, ready)),
        ],
    });
}

roleTour("affairs_role_cadre", [
    ["/odoo/affairs-my-requests", "my service requests"],
    ["/odoo/affairs-my-requests/new", "new service request", ".o_form_view"],
]);
roleTour("affairs_role_cadre_fleet", [
    ["/odoo/vehicle-requests", "vehicle requests"],
]);
roleTour("affairs_role_cadre_property", [
    ["/odoo/affairs-space-requests", "space requests"],
    ["/odoo/affairs-space-requests/new", "new space request", ".o_form_view"],
]);

/** Fails unless ``el`` lies within the phone's screen width. */
function assertOnScreen(el, label) {
    const rect = el.getBoundingClientRect();
    if (rect.width <= 0 || rect.left < 0 || rect.right > window.innerWidth + 1) {
        throw new Error(`${label}: off the ${window.innerWidth}px screen (${rect.left}–${rect.right})`);
    }
}

// Phone (390×844): the compliance register opens as cards whose key
// figures (office area, entitlement, over-standard area) stay on screen.
registry.category("web_tour.tours").add("affairs_role_phone_compliance", {
    url: "/odoo",
    steps: () => [
        { content: "home action loaded", trigger: ".o_action_manager .o_view_controller" },
        ...visit("/odoo/affairs-office-compliance", "office compliance (phone)", ".o_kanban_view .o_kanban_record"),
        {
            content: "key figures of the first agency on screen",
            trigger: ".o_kanban_record:not(.o_kanban_ghost):first",
            run() {
                const card = document.querySelector(".o_kanban_record:not(.o_kanban_ghost)");
                assertOnScreen(card, "compliance card");
                if (card.scrollWidth > card.clientWidth + 1) {
                    throw new Error("office compliance (phone): the card overflows the screen");
                }
                // Office area, its entitlement (核定) and the agency: on the card.
                const text = card.innerText;
                if (!/\d+\.\d\d\s*㎡/.test(text) || !text.includes("核定")) {
                    throw new Error(`office compliance (phone): key figures missing: ${text}`);
                }
            },
        },
    ],
});

// Phone: on a form with a pager, "新建" keeps one line.
registry.category("web_tour.tours").add("affairs_role_phone_form", {
    url: "/odoo",
    steps: () => [
        { content: "home action loaded", trigger: ".o_action_manager .o_view_controller" },
        ...visit("/odoo/affairs-service-requests", "service requests (phone)", ".o_kanban_view .o_kanban_record"),
        { content: "open the first request", trigger: ".o_kanban_record:first", run: "click" },
        { content: "form with its pager", trigger: ".o_form_view .o_pager" },
        checkScreen("service request form (phone)"),
        {
            content: "新建 on one line",
            trigger: ".o_control_panel .o_form_button_create",
            run() {
                const button = document.querySelector(".o_control_panel .o_form_button_create");
                const style = getComputedStyle(button);
                const lines = (button.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom))
                    / parseFloat(style.lineHeight);
                if (lines > 1.5) {
                    throw new Error(`新建 wraps on ${Math.round(lines)} lines`);
                }
                assertOnScreen(button, "新建");
            },
        },
    ],
});
roleTour("affairs_role_manager", [
    ["/odoo/affairs-to-approve", "waiting for my approval"],
    ["/odoo/affairs-service-requests", "service requests"],
    ["/odoo/affairs-agencies", "agencies"],
]);
roleTour("affairs_role_dispatcher", [
    ["/odoo/dispatch-board", "dispatch board", ".o_kanban_view"],
    ["/odoo/action-affairs_fleet.hr_employee_action_driver", "drivers", ".o_list_view"],
    ["/odoo/official-vehicles", "official vehicles"],
]);
roleTour("affairs_role_property_officer", [
    ["/odoo/affairs-office-compliance", "office compliance"],
    ["/odoo/affairs-rooms", "rooms"],
    ["/odoo/affairs-assets", "assets"],
]);
roleTour("affairs_role_procurement", [
    ["/odoo/procurement-projects", "procurement projects"],
    ["/odoo/procurement-plans", "procurement plans"],
]);
roleTour("affairs_role_expert", []);
roleTour("affairs_role_reception_officer", [
    ["/odoo/official-receptions", "receptions"],
    ["/odoo/official-receptions/new", "new reception", ".o_form_view"],
]);
