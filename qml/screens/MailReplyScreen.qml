import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The counselor's answers to this child, newest first.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("%1 wrote to you").arg(Mail.counselorName)
            onBackClicked: Kiosk.goHome()
        }

        ListView {
            id: replies
            objectName: "childReplies"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing
            clip: true
            model: Mail.childReplies
            delegate: Rectangle {
                required property string text
                required property string when
                width: replies.width
                height: column.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.mailbox
                border.width: 3
                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 8
                    Text {
                        Layout.fillWidth: true
                        text: parent.parent.when
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        Layout.fillWidth: true
                        text: parent.parent.text
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
        QqButton {
            objectName: "replyDone"
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.margin
            Layout.preferredWidth: 360
            text: qsTr("Done")
            iconName: "ok"
            tint: Theme.success
            onClicked: Kiosk.goHome()
        }
    }
}
