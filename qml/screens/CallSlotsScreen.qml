import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// When? The next free times that suit the room and the person called.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("When do you want to call %1?").arg(Calls.person)
            subtitle: qsTr("These times suit %1 and the family room").arg(Calls.person)
            onBackClicked: Calls.back()
        }

        GridLayout {
            visible: Calls.whyNone === ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            columns: 2
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Repeater {
                model: Calls.times
                delegate: QqButton {
                    required property string title
                    required property string detail
                    required property string icon
                    required property int index
                    objectName: "time" + index
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchMin * 1.3
                    text: title
                    iconName: icon
                    tint: Theme.calls
                    fontSize: Theme.fontLarge
                    onClicked: Calls.chooseTime(index)
                }
            }
            Item {
                Layout.columnSpan: 2
                Layout.fillHeight: true
            }
        }

        ColumnLayout {
            visible: Calls.whyNone !== ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing
            Image {
                Layout.alignment: Qt.AlignHCenter
                source: Theme.icon("clock")
                sourceSize: Qt.size(140, 140)
                Rectangle {
                    z: -1
                    anchors.fill: parent
                    radius: Theme.radius
                    color: Theme.calls
                }
            }
            Text {
                objectName: "whyNone"
                Layout.fillWidth: true
                text: Calls.whyNone
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            Item {
                Layout.fillHeight: true
            }
        }
    }
}
