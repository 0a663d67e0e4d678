// Gatehouse test browser: reports SAML / OIDC protocol fields of a form to the app just before it is submitted.
// Injected at document creation into the main world (it has to wrap HTMLFormElement.prototype.submit), after
// qwebchannel.js. Only the protocol fields below are sent; what the user types (passwords) never is.
(function () {
    'use strict';
    if (window.__gatehouseCapture) { return; }
    window.__gatehouseCapture = true;
    var names = ['SAMLRequest', 'SAMLResponse', 'RelayState', 'SigAlg', 'Signature',
                 'state', 'error', 'error_description'];
    var bridge = null;
    var waiting = [];
    function withBridge(callback) {
        if (bridge) { callback(bridge); return; }
        waiting.push(callback);
        if (waiting.length > 1) { return; }
        try {
            new QWebChannel(qt.webChannelTransport, function (channel) {
                bridge = channel.objects.gatehouseCapture;
                var pending = waiting; waiting = [];
                pending.forEach(function (f) { f(bridge); });
            });
        } catch (e) { waiting = []; }
    }
    function protocolFields(form) {
        var out = {}, found = false;
        for (var i = 0; i < form.elements.length; i++) {
            var e = form.elements[i];
            if (e.name && names.indexOf(e.name) >= 0 && e.type !== 'password') { out[e.name] = String(e.value); found = true; }
        }
        return found ? out : null;
    }
    function describe(form, fields) {
        return JSON.stringify({ action: form.action, method: (form.method || 'get'), fields: fields });
    }
    var originalSubmit = HTMLFormElement.prototype.submit;
    HTMLFormElement.prototype.submit = function () {
        var form = this, fields = protocolFields(form);
        if (!fields) { return originalSubmit.call(form); }
        var sent = false;
        var go = function () { if (!sent) { sent = true; originalSubmit.call(form); } };
        withBridge(function (b) { b.formCaptured(describe(form, fields), go); });
        setTimeout(go, 1500); // never hold a sign-in up when the channel does not answer
    };
    document.addEventListener('submit', function (event) {
        var fields = protocolFields(event.target);
        if (fields) { withBridge(function (b) { b.formCaptured(describe(event.target, fields)); }); }
    }, true);
    document.addEventListener('DOMContentLoaded', function () {
        for (var i = 0; i < document.forms.length; i++) {
            if (protocolFields(document.forms[i])) { withBridge(function () {}); break; }
        }
    });
})();
