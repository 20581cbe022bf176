import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// "Who needs me this week": from the faces children chose at sign-in and
// from who stopped coming. The counselor's eyes only.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Who needs me this week")
            subtitle: qsTr("Sad or worried faces several visits in a row come first, then children who stopped coming.")
            onBackClicked: Mail.showInbox()
        }

        ListView {
            id: care
            objectName: "careList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: 12
            clip: true
            model: Mail.care
            Text {
                visible: care.count === 0
                anchors.centerIn: parent
                width: parent.width
                text: qsTr("Nobody stands out this week.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                horizontalAlignment: Text.AlignHCenter
            }
            delegate: Rectangle {
                id: careRow
                required property string name
                required property string className
                required property url photo
                required property string reason
                required property var moods
                width: care.width
                height: 120
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: 2
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    spacing: Theme.spacing
                    QqPhoto {
                        size: 96
                        source: careRow.photo
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: careRow.name + "  ·  " + careRow.className
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: careRow.reason
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    Repeater {
                        model: careRow.moods
                        Image {
                            required property int modelData
                            Layout.preferredWidth: 56
                            Layout.preferredHeight: 56
                            source: Theme.icon("mood" + modelData)
                            sourceSize.width: 56
                            sourceSize.height: 56
                        }
                    }
                }
            }
        }
    }
}
