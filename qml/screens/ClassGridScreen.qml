import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Step 1 of finding yourself: tap your class.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: Kiosk.pickingForTeacher ? qsTr("Sign in a child: choose the class") : qsTr("Which class are you in?")
            subtitle: Kiosk.pickingForMail ? qsTr("To sign your letter: find yourself") : ""
            onBackClicked: Kiosk.back()
        }

        GridView {
            id: grid
            objectName: "classGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            clip: true
            cellWidth: width / 3
            cellHeight: Math.max(Theme.touchMin * 2, height / 2)
            model: Kiosk.classes
            Text {
                objectName: "emptyRoster"
                visible: grid.count === 0
                anchors.fill: parent
                text: qsTr("No classes yet. The duty teacher adds the roster in teacher mode.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            delegate: Item {
                required property string classId
                required property string name
                required property int grade
                required property int index
                width: grid.cellWidth
                height: grid.cellHeight
                Rectangle {
                    id: classTile
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    radius: Theme.radius
                    color: tap.pressed ? Qt.darker(tint, 1.12) : tint
                    readonly property color tint: [Theme.signIn, Theme.calls, Theme.library, Theme.mailbox, "#7A4FB0", "#1F7F86"][index % 6]
                    Accessible.role: Accessible.Button
                    Accessible.name: name
                    // The grade as a big digit: children know numbers before characters.
                    RowLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        anchors.rightMargin: classSpeak.width + Theme.spacing
                        spacing: Theme.spacing / 2
                        Rectangle {
                            visible: grade > 0
                            Layout.preferredWidth: 84
                            Layout.preferredHeight: 84
                            radius: 42
                            color: Theme.surface
                            Text {
                                anchors.centerIn: parent
                                text: grade
                                color: classTile.tint
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontHuge
                                font.bold: true
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: name
                            color: Theme.textOnColor
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            wrapMode: Text.WordWrap
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                    QqSpeakButton {
                        id: classSpeak
                        objectName: "speakClass" + index
                        anchors.top: parent.top
                        anchors.right: parent.right
                        anchors.margins: 12
                        speech: name
                    }
                    TapHandler {
                        id: tap
                        onTapped: point => {
                            if (!classSpeak.covers(classTile, point.position))
                                Kiosk.chooseClass(classId);
                        }
                    }
                }
            }
        }

        // Faster ways for big schools: type your name, or show your card.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.margin
            spacing: Theme.spacing
            QqButton {
                objectName: "typeNameButton"
                Layout.fillWidth: true
                text: qsTr("Type my name")
                iconName: "keyboard"
                tint: Theme.calls
                fontSize: Theme.fontLarge
                onClicked: Kiosk.openSearch()
            }
            QqButton {
                objectName: "scanCardButton"
                Layout.fillWidth: true
                text: qsTr("Show my card")
                iconName: "card"
                tint: Theme.library
                fontSize: Theme.fontLarge
                onClicked: Kiosk.openScan()
            }
        }
    }
}
