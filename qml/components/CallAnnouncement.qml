import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Two minutes before a call: "小明, please go to the family phone".
Rectangle {
    objectName: "callAnnouncement"
    color: "#CC2B211B"

    TapHandler {
        onTapped: Calls.dismissAnnouncement()
    }
    Rectangle {
        anchors.centerIn: parent
        width: parent.width * 0.74
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.calls
        border.width: 8
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing
            Image {
                Layout.alignment: Qt.AlignHCenter
                source: Theme.icon("phone")
                sourceSize: Qt.size(120, 120)
                Rectangle {
                    z: -1
                    anchors.fill: parent
                    radius: Theme.radius
                    color: Theme.calls
                }
            }
            Text {
                Layout.fillWidth: true
                text: Calls.announcement
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.spacing
                QqSpeakButton {
                    objectName: "speakAnnouncement"
                    speech: Calls.announcement
                }
            QqButton {
                Layout.preferredWidth: 360
                text: qsTr("I'm going!")
                iconName: "ok"
                tint: Theme.calls
                onClicked: Calls.dismissAnnouncement()
            }
            }
        }
    }
}
