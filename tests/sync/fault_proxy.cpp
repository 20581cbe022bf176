// qinqing-faultproxy: stands between kiosks and a hub on loopback and
// misbehaves on purpose, from a seed: drops requests, drops answers after the
// hub committed, delays, truncates request and answer bodies, and sends
// requests twice. It terminates TLS with the hub's own certificate, so the
// kiosks' pinning accepts it, and forwards in plain HTTP semantics.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <random>
#include <string>
#include <thread>

namespace {

struct Options {
    int targetPort = 0;
    std::string cert, key;
    unsigned seed = 1;
    int port = 0; // 0: any free port
    double faultRate = 0.3;
};

std::mutex g_randomMutex;
std::mt19937 g_random;

int roll(int n)
{
    std::lock_guard lock(g_randomMutex);
    return std::uniform_int_distribution<int>(0, n - 1)(g_random);
}

bool chance(double p)
{
    std::lock_guard lock(g_randomMutex);
    return std::uniform_real_distribution<double>(0, 1)(g_random) < p;
}

httplib::Result forward(const Options &options, const httplib::Request &req, const std::string &body)
{
    httplib::SSLClient client("127.0.0.1", options.targetPort);
    client.enable_server_certificate_verification(false);
    client.set_connection_timeout(5, 0);
    client.set_read_timeout(30, 0);
    httplib::Headers headers;
    // The credential and the device's signature, passed on as they came (request_signature.h).
    for (const char *name : {"Authorization", "X-Qinqing-Time", "X-Qinqing-Signature"})
        if (req.has_header(name))
            headers.emplace(name, req.get_header_value(name));
    const std::string path = req.target; // as sent: the signature covers it
    if (req.method == "GET")
        return client.Get(path, headers);
    return client.Post(path, headers, body, "application/json");
}

void handle(const Options &options, const httplib::Request &req, httplib::Response &res)
{
    enum Fault { None, DropRequest, DropAnswer, Delay, TruncateRequest, TruncateAnswer, Duplicate, Count };
    const Fault fault = chance(options.faultRate) ? Fault(1 + roll(Count - 1)) : None;
    if (fault == DropRequest) {
        res.status = 502;
        res.set_header("Connection", "close");
        return;
    }
    if (fault == Delay)
        std::this_thread::sleep_for(std::chrono::milliseconds(roll(400)));
    std::string body = req.body;
    if (fault == TruncateRequest && !body.empty())
        body.resize(size_t(roll(int(body.size()))));
    httplib::Result answer = forward(options, req, body);
    if (fault == Duplicate && answer)
        answer = forward(options, req, body);
    if (!answer || fault == DropAnswer) {
        res.status = 502;
        res.set_header("Connection", "close");
        return;
    }
    res.status = answer->status;
    if (answer->has_header("X-Qinqing-Time"))
        res.set_header("X-Qinqing-Time", answer->get_header_value("X-Qinqing-Time"));
    std::string content = answer->body;
    if (fault == TruncateAnswer && !content.empty())
        content.resize(size_t(roll(int(content.size()))));
    res.set_content(content, "application/json");
}

} // namespace

int main(int argc, char *argv[])
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i], value = argv[i + 1];
        if (name == "--target-port")
            options.targetPort = std::atoi(value.c_str());
        else if (name == "--cert")
            options.cert = value;
        else if (name == "--key")
            options.key = value;
        else if (name == "--seed")
            options.seed = unsigned(std::strtoul(value.c_str(), nullptr, 10));
        else if (name == "--port")
            options.port = std::atoi(value.c_str());
        else if (name == "--fault-rate")
            options.faultRate = std::atof(value.c_str());
    }
    g_random.seed(options.seed);
    std::signal(SIGPIPE, SIG_IGN); // a peer hanging up is one of the faults, not a reason to die
    httplib::SSLServer server(options.cert.c_str(), options.key.c_str());
    if (!server.is_valid()) {
        std::fprintf(stderr, "qinqing-faultproxy: cannot load the certificate\n");
        return 1;
    }
    server.set_payload_max_length(64 * 1024 * 1024);
    auto handler = [&options](const httplib::Request &req, httplib::Response &res) { handle(options, req, res); };
    server.Get(".*", handler);
    server.Post(".*", handler);
    const int port = options.port ? (server.bind_to_port("127.0.0.1", options.port) ? options.port : -1)
                                  : server.bind_to_any_port("127.0.0.1");
    if (port < 0) {
        std::fprintf(stderr, "qinqing-faultproxy: cannot listen\n");
        return 1;
    }
    std::printf("qinqing-faultproxy: listening on %d\n", port);
    std::fflush(stdout);
    server.listen_after_bind();
}
