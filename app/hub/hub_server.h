#pragma once

#include "hub_store.h"
#include "tls_identity.h"

#include <memory>

namespace httplib {
class ContentReader;
class SSLServer;
struct Request;
struct Response;
} // namespace httplib

namespace qq::hub {

class BodyBudget;
class ConnectionGuard;

// The hub's HTTPS API over a store:
//   POST /v1/enroll  {"code","device","name","publicKey"} → {"school","schoolName","token","hubKey"}
//                    (publicKey: the device's Ed25519 key; hubKey: the hub's, both base64 of 32 bytes)
//   POST /v1/push    a change chunk of the caller's own rows → {"stored","last"}
//   GET  /v1/pull?after=N&limit=M → a change chunk with "cursor" and "more"
//   GET  /v1/status  → {"ok":true}
// Every refusal is a JSON {"error": code, "message": plain words} with a
// fitting status, and changes nothing.
class HubServer {
public:
    // `maxConnections` are served at once (a thread each), as many more wait,
    // and more still are refused; see connection_limits.h for the bounds on each.
    // `hubKey` is the hub's signing public key (HubSigningKey), sent to kiosks as they enroll.
    HubServer(HubStore &store, const TlsIdentity &identity, const QByteArray &hubKey, int maxConnections);
    ~HubServer();
    // Blocks until stop(); false (with a message on stderr) if it cannot listen.
    bool listen(const QString &address, int port);
    int bindToAnyPort(const QString &address); // for tests: the port, or -1
    bool listenAfterBind();
    void stop();

private:
    void push(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &content);
    void widenBacklog();
    void answering(const httplib::Request &req); // the request is in: the store's work may take longer

    HubStore &m_store;
    QByteArray m_hubKey;
    int m_listening = -1;
    std::unique_ptr<BodyBudget> m_bodies;
    std::unique_ptr<ConnectionGuard> m_guard; // outlives the server's connections
    std::unique_ptr<httplib::SSLServer> m_server;
};

} // namespace qq::hub
