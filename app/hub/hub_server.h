#pragma once

#include "hub_store.h"
#include "tls_identity.h"

#include <memory>

namespace httplib {
class SSLServer;
}

namespace qq::hub {

// The hub's HTTPS API over a store:
//   POST /v1/enroll  {"code","device","name"} → {"school","schoolName","token"}
//   POST /v1/push    a change chunk of the caller's own rows → {"stored","last"}
//   GET  /v1/pull?after=N&limit=M → a change chunk with "cursor" and "more"
//   GET  /v1/status  → {"ok":true}
// Every refusal is a JSON {"error": code, "message": plain words} with a
// fitting status, and changes nothing.
class HubServer {
public:
    HubServer(HubStore &store, const TlsIdentity &identity, int threads);
    ~HubServer();
    // Blocks until stop(); false (with a message on stderr) if it cannot listen.
    bool listen(const QString &address, int port);
    int bindToAnyPort(const QString &address); // for tests: the port, or -1
    bool listenAfterBind();
    void stop();

private:
    HubStore &m_store;
    std::unique_ptr<httplib::SSLServer> m_server;
};

} // namespace qq::hub
