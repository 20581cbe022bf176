#pragma once

// Real processes on loopback for the sync tests: a qinqing-hub (SQLite in a
// temporary folder, or the PostgreSQL server the test script started), the
// fault-injecting proxy, and qinqing-sync runs for each kiosk.
#include "change_set_digest.h"
#include "database.h"
#include "enrollment_link.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>

namespace qq::test {

inline QString readLineMatching(QProcess &process, const QRegularExpression &pattern, QRegularExpressionMatch *match)
{
    for (int waited = 0; waited < 15000; waited += 50) {
        while (process.canReadLine()) {
            const QString line = QString::fromLocal8Bit(process.readLine());
            *match = pattern.match(line);
            if (match->hasMatch())
                return line;
        }
        if (process.state() == QProcess::NotRunning)
            break;
        process.waitForReadyRead(50);
    }
    return {};
}

// PostgreSQL from the test script (tests/sync/postgres.sh), each test in its own database.
inline QString freshPostgresDatabase()
{
    const QString server = qEnvironmentVariable("QINQING_TEST_POSTGRES", QStringLiteral(QINQING_TEST_POSTGRES_DEFAULT));
    if (server.isEmpty())
        return {};
    const QString name = QStringLiteral("qq_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QProcess psql;
    psql.start(QStringLiteral("psql"), {server, QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE %1").arg(name)});
    psql.waitForFinished(30000);
    EXPECT_EQ(psql.exitCode(), 0) << psql.readAllStandardError().toStdString();
    QString conninfo = server;
    conninfo.replace(QRegularExpression(QStringLiteral("/[A-Za-z0-9_]*\\?")), QStringLiteral("/%1?").arg(name));
    return conninfo;
}

class HubProcess {
public:
    explicit HubProcess(QString postgres = {}) : m_postgres(std::move(postgres)) { }
    ~HubProcess() { kill(); }

    QString dataDir() const { return m_dir.path(); }
    int port() const { return m_port; }
    QString pin() const { return m_pin; }
    qint64 pid() const { return m_process.processId(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

    QStringList storeArgs() const
    {
        QStringList args{QStringLiteral("--data"), m_dir.path()};
        if (!m_postgres.isEmpty())
            args << QStringLiteral("--postgres") << m_postgres;
        return args;
    }

    // More options for `serve` (the last of a repeated option counts).
    void setServeArgs(const QStringList &args) { m_serveArgs = args; }

    // Starts serving; on a restart, on the same port as before.
    void start()
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QINQING_HUB_QUIET"), QStringLiteral("1"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(QINQING_HUB),
                        storeArgs()
                            + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                          QStringLiteral("--port"), QString::number(m_port),
                                          QStringLiteral("--threads"), QStringLiteral("8")}
                            + m_serveArgs + QStringList{QStringLiteral("serve")});
        QRegularExpressionMatch match;
        readLineMatching(m_process,
                         QRegularExpression(QStringLiteral(":(\\d+) \\(certificate sha256 ([0-9a-f]{64})\\)")), &match);
        ASSERT_TRUE(match.hasMatch()) << "hub did not start: " << m_process.readAllStandardError().toStdString();
        m_port = match.captured(1).toInt();
        m_pin = match.captured(2);
        // Serving once the port answers.
        for (int i = 0; i < 100 && !answers(); ++i)
            QThread::msleep(20);
    }

    // SIGKILL: the power cut, not a polite stop.
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(10000);
        }
    }

    // An admin command on the same store, as its operator would type it.
    QString admin(const QStringList &args, int expectedExit = 0)
    {
        QProcess process;
        process.start(QStringLiteral(QINQING_HUB), storeArgs() + args);
        process.waitForFinished(60000);
        EXPECT_EQ(process.exitCode(), expectedExit) << process.readAllStandardError().toStdString();
        return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    }

    // An admin command's exit code and everything it printed (its refusals are on stderr).
    std::pair<int, QString> adminOutput(const QStringList &args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(QINQING_HUB), storeArgs() + args);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromLocal8Bit(process.readAll()).trimmed()};
    }

    QString addSchool(const QString &name) { return admin({QStringLiteral("add-school"), name}); }
    QString enrollmentLink(const QString &schoolId, const QString &hubUrl = {})
    {
        return admin({QStringLiteral("enroll-code"), schoolId, QStringLiteral("--url"),
                      hubUrl.isEmpty() ? url() : hubUrl})
            .split(QLatin1Char('\n'))
            .last();
    }
    // "<count> <sha256>" of a school's changes on the hub.
    QString digest(const QString &schoolId) { return admin({QStringLiteral("digest"), schoolId}); }

private:
    bool answers()
    {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        return probe.waitForConnected(1000);
    }

    QString m_postgres;
    QStringList m_serveArgs;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_pin;
};

class FaultProxy {
public:
    ~FaultProxy() { kill(); }
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

    // On a restart, on the same port as before (kiosks enrolled with its address).
    void start(const HubProcess &hub, unsigned seed, double faultRate)
    {
        m_process.start(QStringLiteral(QINQING_FAULTPROXY),
                        {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--target-port"),
                         QString::number(hub.port()), QStringLiteral("--cert"),
                         hub.dataDir() + QStringLiteral("/hub-cert.pem"), QStringLiteral("--key"),
                         hub.dataDir() + QStringLiteral("/hub-key.pem"), QStringLiteral("--seed"),
                         QString::number(seed), QStringLiteral("--fault-rate"), QString::number(faultRate)});
        QRegularExpressionMatch match;
        readLineMatching(m_process, QRegularExpression(QStringLiteral("listening on (\\d+)")), &match);
        ASSERT_TRUE(match.hasMatch());
        m_port = match.captured(1).toInt();
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(10000);
        }
    }

private:
    QProcess m_process;
    int m_port = 0;
};

struct SyncRun {
    int exitCode = -1;
    bool killed = false;
    QString output;
};

// One `qinqing-sync` on a kiosk's folder; killed with SIGKILL after
// `killAfterMs` if it is still running then.
inline SyncRun runSync(const QString &kioskDir, const QStringList &args, int killAfterMs = -1, int chunkRows = 200)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(QINQING_SYNC),
                  QStringList{QStringLiteral("--data"), kioskDir, QStringLiteral("--chunk"), QString::number(chunkRows)}
                      + args);
    SyncRun run;
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        ::kill(pid_t(process.processId()), SIGKILL);
        run.killed = true;
    }
    process.waitForFinished(120000);
    run.exitCode = process.exitCode();
    run.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return run;
}

// "<count> <sha256>" of a kiosk's change log, comparable with HubProcess::digest.
inline QString kioskDigest(Database &db)
{
    QList<ChangeRow> rows = ChangeFeed::read(db, {}, ChangeFeed::kMaxRows);
    for (QList<ChangeRow> more = rows; more.size() == ChangeFeed::kMaxRows;) {
        more = ChangeFeed::read(db, more.last().hlc.toString(), ChangeFeed::kMaxRows);
        rows += more;
    }
    return QStringLiteral("%1 %2").arg(rows.size()).arg(QString::fromLatin1(changeSetDigest(rows)));
}

} // namespace qq::test
