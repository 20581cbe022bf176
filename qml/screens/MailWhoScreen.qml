import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The secret mailbox: write with your name (then the counselor can answer),
// or without it.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Secret mailbox")
            subtitle: qsTr("Only %1 reads what you write here.").arg(Mail.counselorName)
            onBackClicked: Kiosk.goHome()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.margin

            QqTile {
                objectName: "withMyName"
                Layout.fillWidth: true
                Layout.fillHeight: true
                tint: Theme.mailbox
                iconName: "pen"
                title: qsTr("With my name")
                subtitle: qsTr("%1 can write back to you").arg(Mail.counselorName)
                onClicked: Mail.writeWithName()
            }
            QqTile {
                objectName: "withoutMyName"
                Layout.fillWidth: true
                Layout.fillHeight: true
                tint: Theme.teacher
                iconName: "anonymous"
                title: qsTr("Without my name")
                subtitle: qsTr("Nobody will know it was you")
                onClicked: Mail.writeWithoutName()
            }
        }
    }
}
