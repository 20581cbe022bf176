// Qt Quick Test runner: the real QML module over a real demo school in a
// temporary folder, with the Chinese translation loaded as on the kiosk.
#include "app_context.h"
#include "clock.h"
#include "demo_school.h"
#include "kiosk_store.h"
#include "local_time.h"

#include <QCoreApplication>
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
