/*
 * Web chat of the Telegram simulator: act as one of several people in their private chat with the bot.
 * Every text from the bot is rendered from Telegram's entities with DOM nodes and textContent, never as
 * HTML, so nothing the bot or a user wrote can run in this page.
 */
(function () {
    "use strict";

    const API = "/simulador/api";
    const PERSONAS_KEY = "simulador.personas";
    const SELECTED_KEY = "simulador.persona";
    const PRESETS = [
        {id: 7000000001, firstName: "Ana", lastName: "Rojas", username: "anarojas", label: "Ana Rojas (directora)"},
        {id: 7000000002, firstName: "Coordinadora", lastName: "SLEP", username: "coordinacion_slep", label: "Coordinadora SLEP"},
        {id: 7000000003, firstName: "Pedro", lastName: "Soto", username: "pedrosoto", label: "Pedro Soto (UTP)"},
        {id: 7000000004, firstName: "Carla", lastName: "Muñoz", username: null, label: "Carla Muñoz (PIE)"},
        {id: 7000000005, firstName: "Jorge", lastName: "Castillo", username: null, label: "Jorge Castillo (convivencia escolar)"}
    ];
    const SAFE_SCHEMES = ["http:", "https:", "tg:", "mailto:"];

    const el = (id) => document.getElementById(id);
    const personaSelect = el("persona-select");
    const messagesList = el("messages");
    const chat = el("chat");
    const empty = el("empty");
    const input = el("message-input");
    const statusLine = el("status");
    const toast = el("toast");
    const replyKeyboard = el("reply-keyboard");
    const commandsMenu = el("commands-menu");
    const newPersonaForm = el("new-persona-form");
    const newMessagesBadge = el("new-messages");
    const forwardMenu = el("forward-menu");

    let personas = [];
    let persona = null;
    let epoch = 0;
    let version = 0;
    let poller = null;
    let commands = [];
    const rendered = new Map();
    let lastRenderedId = 0;
    // Set by the person's own message: the chat follows it down until it shows up, as Telegram does.
    let followOwnMessage = false;
    let forwarding = null;

    // ------------------------------------------------------------------ personas

    function loadPersonas() {
        let custom = [];
        try {
            custom = JSON.parse(localStorage.getItem(PERSONAS_KEY) || "[]");
        } catch (e) {
            custom = [];
        }
        const ids = new Set(PRESETS.map((p) => p.id));
        personas = PRESETS.map((p) => Object.assign({preset: true}, p))
            .concat(custom.filter((p) => p && p.id && !ids.has(p.id)).map((p) => Object.assign({preset: false}, p)));
    }

    function saveCustomPersonas() {
        const custom = personas.filter((p) => !p.preset)
            .map((p) => ({id: p.id, firstName: p.firstName, lastName: p.lastName, username: p.username, label: p.label}));
        localStorage.setItem(PERSONAS_KEY, JSON.stringify(custom));
    }

    function fillPersonaSelect() {
        personaSelect.replaceChildren();
        for (const p of personas) {
            const option = document.createElement("option");
            option.value = String(p.id);
            // The id is shown beside the selector, where a narrow screen cannot cut it; only namesakes need it here.
            const namesakes = personas.filter((other) => other.label === p.label).length > 1;
            option.textContent = namesakes ? p.label + " · " + p.id : p.label;
            personaSelect.appendChild(option);
        }
    }

    function selectPersona(id) {
        const found = personas.find((p) => p.id === id) || personas[0];
        persona = found;
        personaSelect.value = String(found.id);
        el("persona-id").textContent = "id " + found.id;
        localStorage.setItem(SELECTED_KEY, String(found.id));
        el("delete-persona").disabled = found.preset;
        el("delete-persona").style.visibility = found.preset ? "hidden" : "visible";
        restartChat();
    }

    function createPersona(event) {
        event.preventDefault();
        const name = el("new-persona-name").value.trim().replace(/\s+/g, " ");
        const idText = el("new-persona-id").value.trim();
        if (!name) {
            showToast("Escribe un nombre para la persona.", "error");
            return;
        }
        let id;
        if (idText) {
            if (!/^[1-9][0-9]{0,12}$/.test(idText)) {
                showToast("El id de Telegram debe ser un número positivo de hasta 13 dígitos.", "error");
                return;
            }
            id = Number(idText);
        } else {
            id = 6000000000 + Math.floor(Math.random() * 999999999);
        }
        if (personas.some((p) => p.id === id)) {
            showToast("Ya existe una persona con ese id.", "error");
            return;
        }
        const plainName = name.replace(/\s*\(.*\)\s*$/, "") || name;
        const parts = plainName.split(" ");
        const created = {
            id: id,
            firstName: parts[0].slice(0, 64),
            lastName: parts.slice(1).join(" ").slice(0, 64) || null,
            username: null,
            label: name,
            preset: false
        };
        personas.push(created);
        saveCustomPersonas();
        fillPersonaSelect();
        el("new-persona-name").value = "";
        el("new-persona-id").value = "";
        toggleNewPersona(false);
        selectPersona(created.id);
        showToast("Persona creada: " + name);
    }

    function deletePersona() {
        if (!persona || persona.preset) {
            return;
        }
        personas = personas.filter((p) => p.id !== persona.id);
        saveCustomPersonas();
        fillPersonaSelect();
        selectPersona(personas[0].id);
    }

    function toggleNewPersona(show) {
        const visible = typeof show === "boolean" ? show : newPersonaForm.hidden;
        newPersonaForm.hidden = !visible;
        el("toggle-new-persona").setAttribute("aria-expanded", String(visible));
        if (visible) {
            el("new-persona-name").focus();
        }
    }

    // ------------------------------------------------------------------ talking to the server

    async function post(path, body, as) {
        const actor = as || persona;
        const response = await fetch(API + "/chats/" + actor.id + path, {
            method: "POST",
            headers: {"Content-Type": "application/json"},
            body: JSON.stringify(Object.assign(
                {firstName: actor.firstName, lastName: actor.lastName, username: actor.username}, body))
        });
        if (!response.ok) {
            let message = "No se pudo enviar (" + response.status + ").";
            try {
                const error = await response.json();
                if (error && error.error) {
                    message = error.error;
                }
            } catch (e) {
                // keep the generic message
            }
            throw new Error(message);
        }
        setStatus(true);
        return response.json();
    }

    async function sendText(text) {
        const trimmed = text.trim();
        if (!trimmed || !persona) {
            return;
        }
        followOwnMessage = true;
        scrollToBottom();
        try {
            await post("/messages", {text: trimmed});
        } catch (e) {
            followOwnMessage = false;
            showToast(e.message, "error");
        }
    }

    async function sendSticker() {
        followOwnMessage = true;
        scrollToBottom();
        try {
            await post("/stickers", {});
        } catch (e) {
            followOwnMessage = false;
            showToast(e.message, "error");
        }
    }

    async function press(button, messageId, data) {
        button.classList.add("pending");
        setTimeout(() => button.classList.remove("pending"), 3000);
        try {
            await post("/presses", {messageId: messageId, data: data});
        } catch (e) {
            button.classList.remove("pending");
            showToast(e.message, "error");
        }
    }

    function restartChat() {
        if (poller) {
            poller.abort();
        }
        epoch = 0;
        version = 0;
        rendered.clear();
        lastRenderedId = 0;
        messagesList.replaceChildren();
        newMessagesBadge.hidden = true;
        showReplyKeyboard([]);
        empty.hidden = false;
        const controller = new AbortController();
        poller = controller;
        poll(controller, persona.id);
    }

    async function poll(controller, personaId) {
        let failures = 0;
        while (!controller.signal.aborted) {
            try {
                const url = API + "/chats/" + personaId + "/changes?after=" + version + "&epoch=" + epoch;
                const response = await fetch(url, {signal: controller.signal, cache: "no-store"});
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                const changes = await response.json();
                if (controller.signal.aborted) {
                    return;
                }
                apply(changes);
                failures = 0;
                setStatus(true);
            } catch (e) {
                if (controller.signal.aborted) {
                    return;
                }
                failures++;
                setStatus(false);
                await new Promise((resolve) => setTimeout(resolve, Math.min(10000, 1000 * failures)));
                // The next long poll may wait 25 s for news: a short request says at once that the server is back.
                await ping();
            }
        }
    }

    /** Any answer of the server means it is up: the long poll alone would say so only when the chat changes. */
    async function ping() {
        try {
            const response = await fetch(API + "/info", {cache: "no-store"});
            if (!response.ok) {
                throw new Error("HTTP " + response.status);
            }
            setStatus(true);
            return await response.json();
        } catch (e) {
            setStatus(false);
            return null;
        }
    }

    function setStatus(online) {
        statusLine.textContent = online ? "bot · en línea" : "reconectando…";
        statusLine.classList.toggle("offline", !online);
    }

    // ------------------------------------------------------------------ rendering

    function apply(changes) {
        if (changes.full) {
            rendered.clear();
            lastRenderedId = 0;
            messagesList.replaceChildren();
        }
        epoch = changes.epoch;
        version = changes.version;
        commands = changes.commands || [];
        const stick = atBottom();
        let botSpoke = false;
        let ownArrived = false;
        for (const message of changes.messages) {
            const isNew = !rendered.has(message.id) && !message.deleted && message.id > lastRenderedId;
            botSpoke = botSpoke || (isNew && message.fromBot);
            ownArrived = ownArrived || (isNew && !message.fromBot);
            upsert(message);
        }
        empty.hidden = rendered.size > 0;
        showReplyKeyboard(changes.replyKeyboard || []);
        if (!changes.full) {
            for (const notice of changes.notices) {
                showToast(notice.text, notice.showAlert ? "alert" : "");
            }
        }
        if (stick || changes.full || followOwnMessage) {
            scrollToBottom();
            if (ownArrived) {
                followOwnMessage = false;
            }
        } else if (botSpoke) {
            newMessagesBadge.hidden = false;
        }
    }

    function atBottom() {
        return chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
    }

    function scrollToBottom() {
        chat.scrollTop = chat.scrollHeight;
        newMessagesBadge.hidden = true;
    }

    function upsert(message) {
        const existing = rendered.get(message.id);
        if (message.deleted) {
            if (existing) {
                existing.remove();
                rendered.delete(message.id);
            }
            return;
        }
        const node = renderMessage(message);
        if (existing) {
            existing.replaceWith(node);
        } else if (rendered.size === 0 || message.id > lastRenderedId) {
            messagesList.appendChild(node);
        } else {
            // Rare: an older message shows up late; find its place among the ones on screen.
            const next = [...rendered.keys()].filter((id) => id > message.id).sort((a, b) => a - b)[0];
            messagesList.insertBefore(node, rendered.get(next));
        }
        rendered.set(message.id, node);
        lastRenderedId = Math.max(lastRenderedId, message.id);
    }

    function renderMessage(m) {
        const item = document.createElement("li");
        item.className = "message " + (m.fromBot ? "bot" : "user");
        item.dataset.messageId = String(m.id);
        const bubble = document.createElement("div");
        bubble.className = "bubble";
        item.appendChild(bubble);
        if (m.forwardedFrom) {
            const origin = document.createElement("div");
            origin.className = "forwarded";
            origin.textContent = "Reenviado de " + m.forwardedFrom;
            bubble.appendChild(origin);
        }

        if (m.kind === "photo") {
            if (m.fileUrl) {
                const link = safeLink(m.fileUrl);
                const image = document.createElement("img");
                image.className = "photo";
                image.src = m.fileUrl;
                image.alt = "Foto";
                link.appendChild(image);
                bubble.appendChild(link);
            } else {
                bubble.appendChild(placeholder("🖼️ Foto"));
            }
        } else if (m.kind === "document") {
            bubble.appendChild(renderDocument(m));
        } else if (m.kind === "sticker") {
            const sticker = document.createElement("div");
            sticker.className = "sticker";
            sticker.textContent = "👍";
            bubble.appendChild(sticker);
        } else if (m.kind === "voice") {
            bubble.appendChild(placeholder("🎤 Nota de voz (0:03)"));
        } else if (m.kind === "venue" || m.kind === "location") {
            bubble.appendChild(renderPlace(m.place));
        }
        if (m.text) {
            const text = document.createElement("div");
            text.className = "text";
            text.appendChild(renderEntities(m.text, m.entities || []));
            bubble.appendChild(text);
        }
        if (m.caption) {
            const caption = document.createElement("div");
            caption.className = "caption";
            caption.textContent = m.caption;
            bubble.appendChild(caption);
        }
        const meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = (m.edited ? "editado " : "") + m.time + (m.fromBot ? "" : " ✓✓");
        bubble.appendChild(meta);

        if (m.keyboard && m.keyboard.length) {
            item.appendChild(renderKeyboard(m));
        }
        const forward = document.createElement("button");
        forward.type = "button";
        forward.className = "forward-button";
        forward.title = "Reenviar a…";
        forward.setAttribute("aria-label", "Reenviar a…");
        forward.textContent = "↪";
        forward.addEventListener("click", () => openForwardMenu(m.id));
        item.appendChild(forward);
        // A long press on a phone (or a right click) offers the same, as Telegram's message menu does.
        bubble.addEventListener("contextmenu", (event) => {
            event.preventDefault();
            openForwardMenu(m.id);
        });
        return item;
    }

    function renderDocument(m) {
        const box = document.createElement("div");
        box.className = "document";
        const icon = document.createElement("div");
        icon.className = "icon";
        icon.textContent = "📄";
        box.appendChild(icon);
        const details = document.createElement("div");
        if (m.fileUrl) {
            const link = safeLink(m.fileUrl);
            link.textContent = m.fileName || "archivo";
            details.appendChild(link);
        } else {
            const name = document.createElement("span");
            name.textContent = m.fileName || "archivo";
            details.appendChild(name);
        }
        const size = document.createElement("div");
        size.className = "size";
        size.textContent = formatSize(m.fileSize) + (m.mimeType ? " · " + m.mimeType : "");
        details.appendChild(size);
        box.appendChild(details);
        return box;
    }

    function renderPlace(place) {
        const box = document.createElement("div");
        if (!place) {
            return box;
        }
        const title = document.createElement("div");
        title.textContent = "📍 " + (place.title || "Ubicación");
        title.style.fontWeight = "600";
        box.appendChild(title);
        if (place.address) {
            const address = document.createElement("div");
            address.textContent = place.address;
            box.appendChild(address);
        }
        const link = safeLink("https://www.openstreetmap.org/?mlat=" + place.latitude + "&mlon=" + place.longitude
            + "#map=17/" + place.latitude + "/" + place.longitude);
        link.textContent = "Ver en el mapa";
        box.appendChild(link);
        return box;
    }

    function renderKeyboard(m) {
        const keyboard = document.createElement("div");
        keyboard.className = "inline-keyboard";
        for (const row of m.keyboard) {
            const rowNode = document.createElement("div");
            rowNode.className = "row";
            for (const button of row) {
                const node = document.createElement("button");
                node.type = "button";
                node.textContent = button.text;
                node.title = button.text;
                if (button.callbackData) {
                    node.dataset.callbackData = button.callbackData;
                    node.addEventListener("click", () => press(node, m.id, button.callbackData));
                } else if (button.url) {
                    node.classList.add("link");
                    node.addEventListener("click", () => openUrl(button.url));
                } else {
                    node.disabled = true;
                }
                rowNode.appendChild(node);
            }
            keyboard.appendChild(rowNode);
        }
        return keyboard;
    }

    /** Text plus Telegram entities (UTF-16 offsets, as JavaScript strings count) to nested DOM nodes. */
    function renderEntities(text, entities) {
        const fragment = document.createDocumentFragment();
        const cuts = new Set([0, text.length]);
        for (const e of entities) {
            cuts.add(Math.max(0, Math.min(text.length, e.offset)));
            cuts.add(Math.max(0, Math.min(text.length, e.offset + e.length)));
        }
        const points = [...cuts].sort((a, b) => a - b);
        const ordered = [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
        for (let i = 0; i < points.length - 1; i++) {
            const start = points[i];
            const end = points[i + 1];
            if (start === end) {
                continue;
            }
            let node = document.createTextNode(text.slice(start, end));
            const covering = ordered.filter((e) => e.offset <= start && e.offset + e.length >= end);
            for (let j = covering.length - 1; j >= 0; j--) {
                node = wrap(node, covering[j], text.substr(covering[j].offset, covering[j].length));
            }
            fragment.appendChild(node);
        }
        return fragment;
    }

    function wrap(inner, entity, entityText) {
        let outer;
        switch (entity.type) {
            case "bold":
                outer = document.createElement("b");
                break;
            case "italic":
                outer = document.createElement("i");
                break;
            case "underline":
                outer = document.createElement("u");
                break;
            case "strikethrough":
                outer = document.createElement("s");
                break;
            case "code":
                outer = document.createElement("code");
                break;
            case "pre":
                outer = document.createElement("pre");
                break;
            case "blockquote":
            case "expandable_blockquote":
                outer = document.createElement("blockquote");
                break;
            case "spoiler":
                outer = document.createElement("span");
                outer.className = "spoiler";
                outer.title = "Spoiler: toca para ver";
                outer.addEventListener("click", () => outer.classList.add("revealed"));
                break;
            case "text_link":
                outer = safeLink(entity.url);
                break;
            case "url":
                outer = safeLink(/^[a-z]+:/i.test(entityText) ? entityText : "https://" + entityText);
                break;
            case "bot_command":
                outer = document.createElement("a");
                outer.className = "command";
                outer.href = "#";
                outer.addEventListener("click", (event) => {
                    event.preventDefault();
                    sendText(entityText.replace(/@\w+$/, ""));
                });
                break;
            case "mention":
            case "text_mention":
                outer = document.createElement("span");
                outer.className = "mention";
                break;
            default:
                return inner;
        }
        outer.appendChild(inner);
        return outer;
    }

    /** A link only for schemes that cannot run code here; anything else becomes plain text. */
    function safeLink(url) {
        let parsed = null;
        try {
            parsed = new URL(url, window.location.href);
        } catch (e) {
            parsed = null;
        }
        if (!parsed || !SAFE_SCHEMES.includes(parsed.protocol)) {
            return document.createElement("span");
        }
        const link = document.createElement("a");
        link.href = parsed.href;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        return link;
    }

    function openUrl(url) {
        const link = safeLink(url);
        if (link.href) {
            window.open(link.href, "_blank", "noopener");
        }
    }

    function placeholder(label) {
        const node = document.createElement("div");
        node.className = "placeholder";
        node.textContent = label;
        return node;
    }

    function formatSize(bytes) {
        if (!bytes && bytes !== 0) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024).toFixed(1).replace(".", ",") + " KB";
        }
        return (bytes / 1024 / 1024).toFixed(1).replace(".", ",") + " MB";
    }

    function showReplyKeyboard(rows) {
        replyKeyboard.replaceChildren();
        replyKeyboard.hidden = rows.length === 0;
        for (const row of rows) {
            const rowNode = document.createElement("div");
            rowNode.className = "row";
            for (const label of row) {
                const button = document.createElement("button");
                button.type = "button";
                button.textContent = label;
                button.addEventListener("click", () => sendText(label));
                rowNode.appendChild(button);
            }
            replyKeyboard.appendChild(rowNode);
        }
    }

    function toggleCommands() {
        if (!commandsMenu.hidden) {
            commandsMenu.hidden = true;
            return;
        }
        commandsMenu.replaceChildren();
        if (commands.length === 0) {
            commandsMenu.appendChild(placeholder("El bot todavía no publicó comandos."));
        }
        for (const c of commands) {
            const button = document.createElement("button");
            button.type = "button";
            const name = document.createElement("span");
            name.className = "name";
            name.textContent = "/" + c.command;
            const description = document.createElement("span");
            description.className = "description";
            description.textContent = c.description;
            button.append(name, description);
            button.addEventListener("click", () => {
                commandsMenu.hidden = true;
                sendText("/" + c.command);
            });
            commandsMenu.appendChild(button);
        }
        commandsMenu.hidden = false;
    }

    // ------------------------------------------------------------------ forwarding

    function openForwardMenu(messageId) {
        forwarding = {fromChatId: persona.id, messageId: messageId};
        const targets = el("forward-targets");
        targets.replaceChildren();
        const ordered = [persona].concat(personas.filter((p) => p.id !== persona.id));
        for (const p of ordered) {
            const button = document.createElement("button");
            button.type = "button";
            button.dataset.personaId = String(p.id);
            const name = document.createElement("span");
            name.className = "name";
            const detail = document.createElement("span");
            detail.className = "detail";
            if (p.id === persona.id) {
                name.textContent = "El bot, desde este chat";
                detail.textContent = "como " + p.label;
            } else {
                name.textContent = "El bot, desde el chat de " + p.label;
                detail.textContent = "id " + p.id + " · se abre su chat";
            }
            button.append(name, detail);
            button.addEventListener("click", () => forwardTo(p));
            targets.appendChild(button);
        }
        forwardMenu.hidden = false;
        targets.firstChild.focus();
    }

    function closeForwardMenu() {
        forwardMenu.hidden = true;
        forwarding = null;
    }

    async function forwardTo(target) {
        const what = forwarding;
        closeForwardMenu();
        if (!what) {
            return;
        }
        if (target.id !== persona.id) {
            selectPersona(target.id);
        }
        followOwnMessage = true;
        try {
            await post("/forwards", what, target);
            showToast("Mensaje reenviado al bot.");
        } catch (e) {
            followOwnMessage = false;
            showToast(e.message, "error");
        }
    }

    let toastTimer = null;

    function showToast(text, kind) {
        clearTimeout(toastTimer);
        toast.replaceChildren();
        toast.className = "toast" + (kind ? " " + kind : "");
        const message = document.createElement("div");
        message.textContent = text;
        toast.appendChild(message);
        if (kind === "alert") {
            const ok = document.createElement("button");
            ok.type = "button";
            ok.textContent = "Aceptar";
            ok.addEventListener("click", () => {
                toast.hidden = true;
            });
            toast.appendChild(ok);
        } else {
            toastTimer = setTimeout(() => {
                toast.hidden = true;
            }, 3500);
        }
        toast.hidden = false;
    }

    // ------------------------------------------------------------------ wiring

    function autoGrow() {
        input.style.height = "auto";
        const wanted = input.scrollHeight + input.offsetHeight - input.clientHeight;
        input.style.height = Math.min(140, wanted) + "px";
        // A scrollbar only once the text is taller than the box can grow.
        input.style.overflowY = wanted > 140 ? "auto" : "hidden";
    }

    el("composer").addEventListener("submit", (event) => {
        event.preventDefault();
        const text = input.value;
        input.value = "";
        autoGrow();
        sendText(text);
        input.focus();
    });
    input.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            el("composer").requestSubmit();
        }
    });
    input.addEventListener("input", autoGrow);
    el("sticker-button").addEventListener("click", sendSticker);
    el("commands-button").addEventListener("click", toggleCommands);
    personaSelect.addEventListener("change", () => selectPersona(Number(personaSelect.value)));
    el("toggle-new-persona").addEventListener("click", () => toggleNewPersona());
    el("delete-persona").addEventListener("click", deletePersona);
    newPersonaForm.addEventListener("submit", createPersona);
    chat.addEventListener("scroll", () => {
        if (atBottom()) {
            newMessagesBadge.hidden = true;
        }
    });
    newMessagesBadge.addEventListener("click", scrollToBottom);
    el("forward-cancel").addEventListener("click", closeForwardMenu);
    forwardMenu.addEventListener("click", (event) => {
        if (event.target === forwardMenu) {
            closeForwardMenu();
        }
    });
    document.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && !forwardMenu.hidden) {
            closeForwardMenu();
        }
    });

    ping().then((info) => {
        if (info) {
            el("bot-name").textContent = info.botName;
            commands = info.commands || [];
        }
    });

    loadPersonas();
    fillPersonaSelect();
    selectPersona(Number(localStorage.getItem(SELECTED_KEY)) || PRESETS[0].id);
    autoGrow();
})();
