import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The duty teacher's sync: the hub and school, the last sync, what waits to
// be sent, the last failure, "sync now", USB files and the conflicts found.
// Before the kiosk has joined a hub: the hub's QR code.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Sync with the hub")
            subtitle: Sync.enrolled ? qsTr("%1  ·  hub %2").arg(Sync.schoolName).arg(Sync.hubAddress) : qsTr("This kiosk has not joined a hub yet. It works on its own until then.")
            onBackClicked: Sync.close()

            QqButton {
                objectName: "enrollAgain"
                visible: Sync.enrolled && !Sync.enrollmentOpen
                enabled: !Sync.busy
                text: qsTr("Join again")
                iconName: "refresh"
                fontSize: Theme.fontSmall
                tint: Theme.surface
                textColor: Theme.text
                border.color: Theme.border
                border.width: 2
                onClicked: Sync.enrollAgain()
            }
            QqButton {
                objectName: "cancelEnrollAgain"
                visible: Sync.enrolled && Sync.enrollmentOpen
                text: qsTr("Cancel")
                iconName: "no"
                fontSize: Theme.fontSmall
                tint: Theme.surface
                textColor: Theme.text
                border.color: Theme.border
                border.width: 2
                onClicked: Sync.cancelEnrollAgain()
            }
        }

        SyncEnrollView {
            objectName: "syncEnrollView"
            visible: Sync.enrollmentOpen
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
        }
        SyncStatusView {
            objectName: "syncStatusView"
            visible: !Sync.enrollmentOpen
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
        }
    }
}
