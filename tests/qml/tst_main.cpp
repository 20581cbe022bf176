// Qt Quick Test runner: the real QML module over a real demo school in a
// temporary folder, with the Chinese translation loaded as on the kiosk.
#include "app_context.h"
#include "clock.h"
#include "demo_school.h"
#include "kiosk_store.h"
#include "local_time.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(QinqingUiPlugin)
Q_IMPORT_QML_PLUGIN(QinqingQmlPlugin)

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        if (!m_translator.load(QStringLiteral(":/i18n/qinqing_zh_CN.qm")))
            qFatal("the Chinese translation is missing from the build");
        QCoreApplication::installTranslator(&m_translator);
        m_store = qq::KioskStore::open(m_dir.path(), m_clock, qq::TeacherPin::Cost::Minimal);
        qq::DemoOptions demo;
        demo.bookCopies = 2; // one title, two copies (QB0000018 and QB0000026)
        qq::createDemoSchool(*m_store, demo);
        // A school's own roster whose headers the kiosk does not know, for the column-mapping step.
        QDir(m_dir.path()).mkpath(QStringLiteral("imports"));
        QFile roster(QDir(m_dir.path()).filePath(QStringLiteral("imports/本校名单.csv")));
        if (roster.open(QIODevice::WriteOnly))
            roster.write(
                QStringLiteral("学生,男/女,出生那天,所在班\n周小雨,女,2016-02-03,%1\n吴天明,男,2015-09-30,%1\n")
                    .arg(m_store->roster().classes().first().name)
                    .toUtf8());
        roster.close();
        m_context = std::make_unique<qq::AppContext>(*m_store);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_context->installInto(*engine);
    }
    void cleanupTestCase() { m_context.reset(); }

private:
    QTemporaryDir m_dir;
    qq::ManualClock m_clock{qq::localMs(QDate(2026, 11, 23), QTime(15, 30), QTimeZone("Asia/Shanghai"))};
    std::unique_ptr<qq::KioskStore> m_store;
    std::unique_ptr<qq::AppContext> m_context;
    QTranslator m_translator;
};

QUICK_TEST_MAIN_WITH_SETUP(qinqing_qml, Setup)

#include "tst_main.moc"
